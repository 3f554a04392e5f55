#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The options of `tessera run` (wasmtime-compatible spellings). Options come before the module;
/// everything after it belongs to the guest (or, with `--invoke`, is the function's arguments).
struct RunOptions {
    /// Host directory and guest path of each `--dir`.
    var directories: [(host: String, guest: String)] = []
    /// `--env` values, in order (later ones win).
    var environment: [(String, String)] = []
    var invoke: String?
    var fuel: UInt64?
    var timeout: Duration?
    var maxMemory: UInt64?
    var trapUnknownImports = false
    var help = false
    var file = ""
    var arguments: [String] = []

    static let valueOptions: Set<String> = ["--dir", "--env", "--invoke", "--fuel", "--timeout", "--max-memory"]

    /// Parses a command line (after `run`).
    init(_ commandLine: [String]) throws(Arguments.Problem) {
        var index = 0
        while index < commandLine.count {
            let argument = commandLine[index]
            index += 1
            if argument == "--" {
                guard index < commandLine.count else { break }
                file = commandLine[index]
                arguments = Array(commandLine[(index + 1)...])
                return
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                file = argument
                arguments = Array(commandLine[index...])
                return
            }
            var name = argument, value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            switch name {
            case "-h", "--help": help = true
            case "--trap-unknown-imports": trapUnknownImports = true
            case _ where Self.valueOptions.contains(name):
                if value == nil {
                    guard index < commandLine.count else { throw Arguments.Problem(message: "option '\(name)' needs a value") }
                    value = commandLine[index]
                    index += 1
                }
                try apply(name, value!)
            default: throw Arguments.Problem(message: "unknown option '\(argument)'")
            }
        }
        if file.isEmpty && !help { throw Arguments.Problem(message: "no module given") }
    }

    mutating func apply(_ name: String, _ value: String) throws(Arguments.Problem) {
        switch name {
        case "--dir":
            let bytes = Array(value.utf8)
            if let at = bytes.indices.dropLast().first(where: { bytes[$0] == 58 && bytes[$0 + 1] == 58 }) {
                directories.append((String(decoding: bytes[..<at], as: UTF8.self), String(decoding: bytes[(at + 2)...], as: UTF8.self)))
            } else {
                directories.append((value, value))
            }
        case "--env":
            if let equals = value.firstIndex(of: "=") {
                environment.append((String(value[..<equals]), String(value[value.index(after: equals)...])))
            } else if let inherited = getenv(value) {
                environment.append((value, String(cString: inherited)))
            }
        case "--invoke": invoke = value
        case "--fuel":
            guard let units = UInt64(value) else { throw Arguments.Problem(message: "--fuel needs a whole number, not '\(value)'") }
            fuel = units
        case "--timeout":
            guard let duration = Self.duration(value) else {
                throw Arguments.Problem(message: "--timeout needs a duration such as 100ms, 2s or 1m, not '\(value)'")
            }
            timeout = duration
        default:
            guard let bytes = Self.size(value) else {
                throw Arguments.Problem(message: "--max-memory needs a size such as 65536, 64KiB or 16MiB, not '\(value)'")
            }
            maxMemory = bytes
        }
    }

    /// `100ms`, `2s`, `1.5s`, `1m`, `250us`, `10ns`, or a number of seconds.
    static func duration(_ text: String) -> Duration? {
        // Two-letter units come first, so "100ms" is not read as "100m" + "s".
        let units: [(String, Double)] = [("ns", 1e-9), ("us", 1e-6), ("µs", 1e-6), ("ms", 1e-3), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            let number = text.dropLast(suffix.count)
            guard let value = Double(number), value >= 0, value.isFinite else { return nil }
            return .nanoseconds(Int64(min(value * scale * 1e9, 9e18)))
        }
        guard let seconds = Double(text), seconds >= 0, seconds.isFinite else { return nil }
        return .nanoseconds(Int64(min(seconds * 1e9, 9e18)))
    }

    /// `65536`, `64KiB`, `16MiB`, `1GiB` (also `K`, `KB`, `M`, `MB`, `G`, `GB` as binary multiples).
    static func size(_ text: String) -> UInt64? {
        let units: [(String, UInt64)] = [("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("KB", 1 << 10),
                                         ("MB", 1 << 20), ("GB", 1 << 30), ("K", 1 << 10), ("M", 1 << 20),
                                         ("G", 1 << 30), ("B", 1)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let value = UInt64(text.dropLast(suffix.count)) else { return nil }
            let (bytes, overflow) = value.multipliedReportingOverflow(by: scale)
            return overflow ? nil : bytes
        }
        return UInt64(text)
    }
}
