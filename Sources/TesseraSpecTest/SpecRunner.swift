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
    /// Which directives an engine may leave undone (skipped) rather than failed.
    public var skipPolicy: SkipPolicy

    /// A runner with the executing ``RuntimeSpecEngine`` (`execute: true`, the default; only directives
    /// that need GC may be skipped, and only in GC files), or one that only decodes and validates and
    /// skips every execution directive (`execute: false`).
    public init(features: FeatureSet = .default, execute: Bool = true) {
        if execute {
            self.init(features: features, engine: { RuntimeSpecEngine(features: features) }, skipPolicy: .gcOnly)
        } else {
            self.init(features: features, engine: { NoExecutionEngine() }, skipPolicy: .anyReason)
        }
    }

    /// A runner with a custom engine.
    public init(
        features: FeatureSet = .default, engine makeEngine: @escaping @Sendable () -> any SpecEngine,
        skipPolicy: SkipPolicy = .gcOnly
    ) {
        self.features = features
        self.makeEngine = makeEngine
        self.skipPolicy = skipPolicy
    }

    /// Runs a parsed script. `gcFile` says whether the script is one of the suite's GC files (the only
    /// ones where ``SkipPolicy/gcOnly`` lets directives that need GC be skipped).
    public func run(_ script: WastScript, file: String, gcFile: Bool = false) -> FileReport {
        var report = FileReport(file: file)
        var execution = ScriptExecution(engine: makeEngine(), features: features,
                                        skips: SkipRule(policy: skipPolicy, gcFile: gcFile))
        for directive in script.directives {
            report.record(execution.run(directive))
        }
        return report
    }

    /// Parses and runs a script's source text. A script that does not parse counts as one failure of kind
    /// "script" (at the line of the parse error).
    public func run(source: String, file: String, gcFile: Bool = false) -> FileReport {
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
        return run(script, file: file, gcFile: gcFile)
    }

    /// Reads and runs the script at `path`. An unreadable file counts as one "script" failure. Whether it
    /// is a GC file comes from the `MANIFEST.tsv` beside it (see ``SuiteManifest``).
    public func runFile(atPath path: String) -> FileReport {
        switch SuiteFiles.readText(atPath: path) {
        case .success(let text):
            return run(source: text, file: path, gcFile: SuiteManifest.isGCFile(atPath: path))
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

/// Which unsupported directives count as skipped rather than failed.
public enum SkipPolicy: Sendable {
    /// Every directive an engine reports unsupported is skipped (decode/validate-only runs).
    case anyReason
    /// Only directives that need GC (the engine's reason starts with ``RuntimeSpecEngine/gcUnsupportedPrefix``)
    /// and only in GC files; any other unsupported outcome fails.
    case gcOnly
}

/// The skip policy applied to one script.
struct SkipRule {
    var policy: SkipPolicy
    var gcFile: Bool

    /// The status of a directive the engine could not run for `reason`.
    func status(unsupported reason: String) -> DirectiveOutcome.Status {
        switch policy {
        case .anyReason:
            return .skipped(reason: reason)
        case .gcOnly:
            if gcFile && reason.hasPrefix(RuntimeSpecEngine.gcUnsupportedPrefix) { return .skipped(reason: reason) }
            return .failed(expected: "the directive to run", got: "unsupported: \(reason)")
        }
    }
}
