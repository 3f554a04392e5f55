/// A minimal WebAssembly binary writer for the generated benchmark modules: LEB128 numbers, names,
/// vectors and sections. It writes bytes only; the engines under test decode and validate them.
struct WasmEmitter {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    /// Value type codes of the binary format.
    enum ValueCode: UInt8 {
        case i32 = 0x7F, i64 = 0x7E, f32 = 0x7D, f64 = 0x7C
    }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Unsigned LEB128.
    mutating func u32(_ value: UInt32) {
        var v = value
        repeat {
            var b = UInt8(v & 0x7F)
            v >>= 7
            if v != 0 { b |= 0x80 }
            bytes.append(b)
        } while v != 0
    }

    /// Signed LEB128 of an `i32` or `i64` constant.
    mutating func s64(_ value: Int64) {
        var v = value
        while true {
            let b = UInt8(truncatingIfNeeded: v) & 0x7F
            v >>= 7
            let done = (v == 0 && b & 0x40 == 0) || (v == -1 && b & 0x40 != 0)
            bytes.append(done ? b : b | 0x80)
            if done { return }
        }
    }

    /// A name: its UTF-8 length, then the bytes.
    mutating func name(_ s: String) {
        let utf8 = Array(s.utf8)
        u32(UInt32(utf8.count))
        append(utf8)
    }

    /// The magic number and version 1.
    mutating func header() { append([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]) }

    /// A section: its id, its size, then the contents `body` writes.
    mutating func section(_ id: UInt8, _ body: (inout WasmEmitter) -> Void) {
        var inner = WasmEmitter()
        body(&inner)
        byte(id)
        u32(UInt32(inner.bytes.count))
        append(inner.bytes)
    }

    /// A function type `(params) -> (results)`.
    mutating func functionType(_ params: [ValueCode], _ results: [ValueCode]) {
        byte(0x60)
        u32(UInt32(params.count))
        for p in params { byte(p.rawValue) }
        u32(UInt32(results.count))
        for r in results { byte(r.rawValue) }
    }

    /// A constant expression `i32.const value; end`.
    mutating func i32ConstExpression(_ value: Int32) {
        byte(0x41)
        s64(Int64(value))
        byte(0x0B)
    }
}
