public import TesseraTypes
public import TesseraText

/// Runs `.wast` scripts: decodes, validates and (through a ``SpecEngine``) executes their directives and
/// reports an outcome per directive.
///
/// The same runner serves `swift test` (SpecTests) and `tessera wast`. It never traps on bad input: every
/// problem with a script or a module becomes a failed or skipped outcome.
public struct SpecRunner: Sendable {
    /// Features the modules are decoded and validated with.
    public var features: FeatureSet
    /// Makes a fresh engine for each script.
    public var makeEngine: @Sendable () -> any SpecEngine

    public init(
        features: FeatureSet = .default,
        engine makeEngine: @escaping @Sendable () -> any SpecEngine = { NoExecutionEngine() }
    ) {
        self.features = features
        self.makeEngine = makeEngine
    }

    /// Runs a parsed script.
    public func run(_ script: WastScript, file: String) -> FileReport {
        var report = FileReport(file: file)
        var execution = ScriptExecution(engine: makeEngine(), features: features)
        for directive in script.directives {
            report.record(execution.run(directive))
        }
        return report
    }

    /// Parses and runs a script's source text. A script that does not parse counts as one failure of kind
    /// "script" (at the line of the parse error).
    public func run(source: String, file: String) -> FileReport {
        let script: WastScript
        do {
            script = try Toolchain.parseScript(source)
        } catch {
            var report = FileReport(file: file)
            let line = error.offset.map { lineNumber(ofOffset: $0, in: source) } ?? 0
            report.record(DirectiveOutcome(
                line: line, kind: "script",
                status: .failed(expected: "a well-formed script", got: error.description)))
            return report
        }
        return run(script, file: file)
    }

    /// Reads and runs the script at `path`. An unreadable file counts as one "script" failure.
    public func runFile(atPath path: String) -> FileReport {
        switch SuiteFiles.readText(atPath: path) {
        case .success(let text):
            return run(source: text, file: path)
        case .failure(let error):
            var report = FileReport(file: path)
            report.record(DirectiveOutcome(
                line: 0, kind: "script", status: .failed(expected: "a readable file", got: error.message)))
            return report
        }
    }
}

/// The 1-based line of a UTF-8 byte offset in `text` (offsets past the end give the last line).
func lineNumber(ofOffset offset: Int, in text: String) -> Int {
    var line = 1
    for (index, byte) in text.utf8.enumerated() {
        if index >= offset { break }
        if byte == UInt8(ascii: "\n") { line += 1 }
    }
    return line
}
