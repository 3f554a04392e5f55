import TesseraSpecTest

/// `tessera parse FILE.wat [-o FILE.wasm]`
enum ParseCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let parsed: Arguments
        switch parseCommandArguments(
            arguments, usage: Usage.parse, options: ["--output"], aliases: ["-o": "--output"])
        {
        case .success(let p): parsed = p
        case .failure(let request): return request.code
        }
        guard parsed.positionals.count == 1, let input = parsed.positionals.first else {
            return usageError(parsed.positionals.isEmpty ? "no file given" : "expected one file", Usage.parse)
        }
        let output = parsed.options["--output"] ?? defaultOutput(for: input)
        let text: String
        switch SuiteFiles.readText(atPath: input) {
        case .success(let t): text = t
        case .failure(let error):
            printError("error: \(error.message)")
            return .failure
        }
        let bytes: [UInt8]
        do {
            bytes = try Toolchain.assemble(text)
        } catch {
            printError("\(input):\(ModuleInput.textPosition(of: error, in: text)): \(error)")
            return .failure
        }
        if case .failure(let error) = SuiteFiles.write(bytes, toPath: output) {
            printError("error: \(error.message)")
            return .failure
        }
        return .success
    }

    /// `x.wat` → `x.wasm`; any other name gets `.wasm` appended.
    static func defaultOutput(for input: String) -> String {
        input.hasSuffix(".wat") ? String(input.dropLast(4)) + ".wasm" : input + ".wasm"
    }
}
