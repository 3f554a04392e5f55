#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Exit statuses: 0 success, 1 the input failed (invalid module, failing script), 2 bad arguments;
/// `tessera run` also returns the guest's own exit code.
struct ExitCode: Equatable {
    var rawValue: Int32

    static let success = ExitCode(rawValue: 0)
    static let failure = ExitCode(rawValue: 1)
    static let usage = ExitCode(rawValue: 2)
}

enum CLI {
    static let version = "0.1.0"

    /// Runs a command line (without the program name) and returns the exit status.
    static func run(_ arguments: [String]) -> ExitCode {
        guard let first = arguments.first else {
            printError(Usage.top)
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help", "help":
            print(Usage.top)
            return .success
        case "--version", "-V":
            print("tessera \(version)")
            return .success
        case "wast": return WastCommand.run(rest)
        case "validate": return ValidateCommand.run(rest)
        case "inspect": return InspectCommand.run(rest)
        case "parse": return ParseCommand.run(rest)
        case "run": return RunCommand.run(rest)
        case "call": return CallCommand.run(rest)
        default:
            printError("error: unknown command '\(first)'\n\n" + Usage.top)
            return .usage
        }
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    fflush(nil)
    var line = text + "\n"
    line.withUTF8 { buffer in
        var start = 0
        while start < buffer.count {
            let written = write(2, buffer.baseAddress.map { $0 + start }, buffer.count - start)
            if written <= 0 { return }
            start += written
        }
    }
}

func exitProcess(_ code: ExitCode) -> Never {
    fflush(nil)
    exit(code.rawValue)
}
