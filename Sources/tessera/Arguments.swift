/// A hand-written argument parser: flags, options with a value, positionals, `--` to end options.
struct Arguments {
    var flags: Set<String> = []
    var options: [String: String] = [:]
    var positionals: [String] = []

    /// An argument error, reported with the command's usage.
    struct Problem: Error {
        var message: String
    }

    /// Parses `arguments`. `flags` and `options` list the accepted spellings; `aliases` maps short or
    /// alternative spellings to the canonical one (e.g. "-o" → "--output").
    init(
        _ arguments: [String], flags allowedFlags: Set<String>, options allowedOptions: Set<String> = [],
        aliases: [String: String] = [:]
    ) throws(Problem) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            name = aliases[name] ?? name
            if allowedFlags.contains(name), inlineValue == nil {
                flags.insert(name)
            } else if allowedOptions.contains(name) {
                if let inlineValue {
                    options[name] = inlineValue
                } else if index < arguments.count {
                    options[name] = arguments[index]
                    index += 1
                } else {
                    throw Problem(message: "option '\(argument)' needs a value")
                }
            } else {
                throw Problem(message: "unknown option '\(argument)'")
            }
        }
    }
}

/// Parses a command's arguments, handling `--help` (prints the usage, exit 0) and argument errors
/// (usage on standard error, exit 2): `.failure` carries the exit code to return.
func parseCommandArguments(
    _ arguments: [String], usage: String, flags: Set<String> = [], options: Set<String> = [],
    aliases: [String: String] = [:]
) -> Result<Arguments, ExitRequest> {
    var allAliases = aliases
    allAliases["-h"] = "--help"
    do throws(Arguments.Problem) {
        let parsed = try Arguments(
            arguments, flags: flags.union(["--help"]), options: options, aliases: allAliases)
        if parsed.flags.contains("--help") {
            print(usage)
            return .failure(ExitRequest(code: .success))
        }
        return .success(parsed)
    } catch {
        return .failure(ExitRequest(code: usageError(error.message, usage)))
    }
}

/// A request to stop the command with an exit code (after help or a usage error).
struct ExitRequest: Error {
    var code: ExitCode
}

/// Reports a usage error and returns the usage exit code.
func usageError(_ message: String, _ usage: String) -> ExitCode {
    printError("error: \(message)\n\n" + usage)
    return .usage
}
