import TesseraTypes
import TesseraRuntime
import TesseraWASI

// `tessera run --invoke NAME FILE ARGS…`: one export called with arguments parsed by its parameter
// types, its results printed one per line.

extension RunCommand {
    static func invoke(_ name: String, _ arguments: [String], _ instance: Instance, _ wasi: WASI) throws(WasmError) -> ExitCode {
        guard let function = instance.function(name) else {
            let exported = instance.exports.names.filter { instance.function($0) != nil }
            printError("error: the module exports no function named '\(name)'"
                       + (exported.isEmpty ? "" : " (functions: \(exported.joined(separator: ", ")))"))
            return .failure
        }
        let parameters = function.type.parameters
        guard arguments.count == parameters.count else {
            printError("error: '\(name)' takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s"), \(arguments.count) given")
            return .usage
        }
        var values: [Value] = []
        for (text, type) in zip(arguments, parameters) {
            guard let value = parseValue(text, type) else {
                printError("error: cannot read '\(text)' as \(type) for '\(name)'")
                return .usage
            }
            values.append(value)
        }
        try wasi.initialize(instance)
        for result in try function.call(values) { print(format(result)) }
        return .success
    }

    /// A command-line value of `type`: integers in decimal or `0x` hexadecimal (negative allowed),
    /// floats in decimal, `inf`, `-inf` or `nan`.
    static func parseValue(_ text: String, _ type: ValueType) -> Value? {
        switch type {
        case .i32:
            if let v = Int32(text) ?? UInt32(text).map({ Int32(bitPattern: $0) }) { return .i32(v) }
            return hexadecimal(text).flatMap { UInt32(exactly: $0) }.map { .i32(Int32(bitPattern: $0)) }
        case .i64:
            if let v = Int64(text) ?? UInt64(text).map({ Int64(bitPattern: $0) }) { return .i64(v) }
            return hexadecimal(text).map { .i64(Int64(bitPattern: $0)) }
        case .f32: return Float(text).map { .float32($0) }
        case .f64: return Double(text).map { .float64($0) }
        default: return nil
        }
    }

    static func hexadecimal(_ text: String) -> UInt64? {
        let negative = text.hasPrefix("-")
        let digits = text.dropFirst(negative ? 1 : 0)
        guard digits.hasPrefix("0x") || digits.hasPrefix("0X"), let magnitude = UInt64(digits.dropFirst(2), radix: 16) else {
            return nil
        }
        return negative ? 0 &- magnitude : magnitude
    }

    /// A result as text: integers signed decimal, floats in their shortest decimal form.
    static func format(_ value: Value) -> String {
        switch value {
        case .i32(let v): "\(v)"
        case .i64(let v): "\(v)"
        case .f32(let bits): "\(Float(bitPattern: bits))"
        case .f64(let bits): "\(Double(bitPattern: bits))"
        case .v128(let v): "v128 0x\(String(v.high, radix: 16))\(String(repeating: "0", count: 16 - String(v.low, radix: 16).count))\(String(v.low, radix: 16))"
        case .funcRef(let r): r == nil ? "ref.null func" : "funcref"
        case .externRef(let r): r.map { "externref \($0.id)" } ?? "ref.null extern"
        case .anyRef(let r): r == nil ? "ref.null any" : "anyref"
        case .exnRef(let r): r == nil ? "ref.null exn" : "exnref"
        }
    }
}
