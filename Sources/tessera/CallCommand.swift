import Foundation
import TesseraPlugin

/// `tessera call PLUGIN FUNCTION [options]`: calls an Extism plugin function, like `extism call`.
enum CallCommand {
    static let usage = """
        USAGE: tessera call [options] PLUGIN FUNCTION

        Calls FUNCTION of an Extism plugin and prints its output. PLUGIN is a .wasm or .wat module or a
        JSON manifest (relative paths in it resolve against the manifest's folder). A plugin error goes
        to standard error and the exit status is 1.

        Options:
          --input STR | --input @FILE | --input -
                                  the input: the text, a file's bytes, or standard input (default: empty)
          --config K=V            a config entry (repeatable; overrides the manifest's)
          --allow-host H          a host (glob) http_request may reach (repeatable)
          --wasi                  provide wasi_snapshot_preview1
          --timeout MS            end each call after MS milliseconds
          --fuel N                end each call after about N instructions
          --loop N                call N times on the same instance (vars persist), printing each output
          --log-level LEVEL       print plugin log lines at LEVEL (trace|debug|info|warn|error) or above
        """

    static func run(_ arguments: [String]) -> ExitCode {
        // Repeatable options are taken out first; the rest goes through the shared parser.
        var configs: [String] = [], hosts: [String] = [], rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--config" || argument == "--allow-host", index + 1 < arguments.count {
                (argument == "--config" ? { configs.append(arguments[index + 1]) } : { hosts.append(arguments[index + 1]) })()
                index += 2
                continue
            }
            rest.append(argument)
            index += 1
        }
        let parsed: Arguments
        switch parseCommandArguments(rest, usage: usage, flags: ["--wasi"],
                                     options: ["--input", "--timeout", "--fuel", "--loop", "--log-level"]) {
        case .success(let p): parsed = p
        case .failure(let request): return request.code
        }
        guard parsed.positionals.count == 2 else {
            return usageError("expected PLUGIN and FUNCTION", usage)
        }
        let (path, function) = (parsed.positionals[0], parsed.positionals[1])
        var config: [String: String?] = [:]
        for entry in configs {
            guard let equals = entry.firstIndex(of: "=") else { return usageError("--config needs K=V: \(entry)", usage) }
            config[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        let numbers = ["--timeout", "--fuel", "--loop"].map { parsed.options[$0].map { UInt64($0) } }
        if numbers.contains(where: { $0 == .some(nil) }) {
            return usageError("--timeout, --fuel and --loop take a non-negative integer", usage)
        }
        let level = parsed.options["--log-level"].map { name in PluginLogLevel.allCases.first { $0.name == name } }
        if level == .some(nil) { return usageError("unknown log level", usage) }
        guard let input = readInput(parsed.options["--input"]) else { return .failure }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            printError("error: cannot read \(path)")
            return .failure
        }
        let options = PluginOptions(
            wasi: parsed.flags.contains("--wasi"), fuel: numbers[1] ?? nil, logLevel: level ?? nil,
            logSink: { level, text in printError("[\(level.name)] \(text)") }, config: config)
        let plugin: Plugin
        do {
            var manifest = Manifest.looksLikeModule(Array(bytes)) ? Manifest(wasm: Array(bytes))
                : try Manifest(json: Array(bytes), baseDirectory: (path as NSString).deletingLastPathComponent)
            if !hosts.isEmpty { manifest.allowedHosts = (manifest.allowedHosts ?? []) + hosts }
            if let timeout = numbers[0] ?? nil { manifest.timeoutMilliseconds = timeout }
            plugin = try Plugin(manifest: manifest, options: options)
        } catch {
            printError("error: \(error.extismDescription)")
            return .failure
        }
        for _ in 0..<max(1, Int(clamping: (numbers[2] ?? nil) ?? 1)) {
            let result = plugin.rawCall(function, input)
            if let error = result.error ?? (result.returnCode != 0 ? "Error code: \(result.returnCode)" : nil) {
                printError("error: \(error)")
                return .failure
            }
            FileHandle.standardOutput.write(Data(result.output + [0x0a]))
        }
        return .success
    }

    /// The input bytes: the text itself, `@FILE`, or `-` for standard input (nil after an error).
    static func readInput(_ option: String?) -> [UInt8]? {
        guard let option else { return [] }
        if option == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        if option.hasPrefix("@") {
            guard let data = FileManager.default.contents(atPath: String(option.dropFirst())) else {
                printError("error: cannot read \(option.dropFirst())")
                return nil
            }
            return Array(data)
        }
        return Array(option.utf8)
    }
}
