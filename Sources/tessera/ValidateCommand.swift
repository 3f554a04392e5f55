import TesseraTypes
import TesseraSpecTest

/// `tessera validate FILE`
enum ValidateCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let parsed: Arguments
        switch parseCommandArguments(arguments, usage: Usage.validate) {
        case .success(let p): parsed = p
        case .failure(let request): return request.code
        }
        guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
            return usageError(parsed.positionals.isEmpty ? "no file given" : "expected one file", Usage.validate)
        }
        guard let bytes = ModuleInput.load(path) else { return .failure }
        do {
            _ = try Toolchain.validate(bytes, features: .default)
            print("valid")
            return .success
        } catch {
            printError("\(path): \(error)")
            return .failure
        }
    }
}
