/// Writes random but valid function bodies for the generated modules: nested blocks, loops and ifs,
/// integer and float arithmetic, memory loads and stores, and calls to earlier functions. Deterministic
/// for a seed. Every body is valid against `GeneratedTypes`; the code is only loaded, never run.
struct BodyGenerator {
    /// The function types every generated module declares, in this order.
    enum GeneratedTypes {
        /// `(i32, i32) -> i32`, `(i64, i32) -> i64`, `(f64, f64) -> f64`.
        static let signatures: [([WasmEmitter.ValueCode], WasmEmitter.ValueCode)] = [
            ([.i32, .i32], .i32), ([.i64, .i32], .i64), ([.f64, .f64], .f64),
        ]
    }

    var state: UInt64
    /// Earlier defined functions by type index, which bodies may call.
    var callable: [[UInt32]] = [[], [], []]

    init(seed: UInt64) { state = seed | 1 }

    mutating func next(_ bound: Int) -> Int {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return Int((state &* 0x2545F4914F6CDD1D) >> 33) % bound
    }

    /// The local layout: parameters (two), then 4 i32, 2 i64 and 2 f64 locals.
    func locals(of type: WasmEmitter.ValueCode, signature: Int) -> [UInt32] {
        let params = GeneratedTypes.signatures[signature].0
        var found: [UInt32] = []
        for (i, p) in params.enumerated() where p == type { found.append(UInt32(i)) }
        switch type {
        case .i32: found += [2, 3, 4, 5]
        case .i64: found += [6, 7]
        case .f64: found += [8, 9]
        case .f32: break
        }
        return found
    }

    /// One function body (locals, code, `end`) of type `signature`, about `targetBytes` long.
    mutating func body(signature: Int, targetBytes: Int) -> [UInt8] {
        var e = WasmEmitter()
        e.u32(3)
        e.u32(4); e.byte(WasmEmitter.ValueCode.i32.rawValue)
        e.u32(2); e.byte(WasmEmitter.ValueCode.i64.rawValue)
        e.u32(2); e.byte(WasmEmitter.ValueCode.f64.rawValue)
        while e.bytes.count < targetBytes { statement(&e, signature: signature, depth: 0) }
        expression(&e, GeneratedTypes.signatures[signature].1, signature: signature, depth: 0)
        e.byte(0x0B)
        return e.bytes
    }

    mutating func statement(_ e: inout WasmEmitter, signature: Int, depth: Int) {
        let types: [WasmEmitter.ValueCode] = [.i32, .i64, .f64]
        switch depth > 2 ? next(2) : next(6) {
        case 0:
            let type = types[next(3)]
            let candidates = locals(of: type, signature: signature)
            expression(&e, type, signature: signature, depth: 0)
            e.byte(0x21); e.u32(candidates[next(candidates.count)])  // local.set
        case 1:
            address(&e, signature: signature)
            expression(&e, .i32, signature: signature, depth: 1)
            e.byte(0x36); e.u32(2); e.u32(UInt32(next(64) * 4))  // i32.store
        case 2:
            expression(&e, .i32, signature: signature, depth: 1)
            e.byte(0x04); e.byte(0x40)  // if
            for _ in 0...next(3) { statement(&e, signature: signature, depth: depth + 1) }
            e.byte(0x05)  // else
            statement(&e, signature: signature, depth: depth + 1)
            e.byte(0x0B)
        case 3:
            e.byte(0x02); e.byte(0x40)  // block
            statement(&e, signature: signature, depth: depth + 1)
            expression(&e, .i32, signature: signature, depth: 1)
            e.byte(0x0D); e.u32(0)  // br_if 0
            statement(&e, signature: signature, depth: depth + 1)
            e.byte(0x0B)
        case 4:
            e.byte(0x03); e.byte(0x40)  // loop
            for _ in 0...next(3) { statement(&e, signature: signature, depth: depth + 1) }
            expression(&e, .i32, signature: signature, depth: 1)
            e.byte(0x0D); e.u32(0)  // br_if 0
            e.byte(0x0B)
        default:
            address(&e, signature: signature)
            expression(&e, .f64, signature: signature, depth: 1)
            e.byte(0x39); e.u32(3); e.u32(UInt32(next(32) * 8))  // f64.store
        }
    }

    /// An i32 address inside the first page: `(expr & 0xFF00)`.
    mutating func address(_ e: inout WasmEmitter, signature: Int) {
        expression(&e, .i32, signature: signature, depth: 2)
        e.byte(0x41); e.s64(0xFF00)
        e.byte(0x71)  // i32.and
    }

    mutating func expression(_ e: inout WasmEmitter, _ type: WasmEmitter.ValueCode, signature: Int, depth: Int) {
        let leaf = depth >= 3
        let choice = leaf ? next(2) : next(7)
        if choice == 0 {
            switch type {
            case .i32: e.byte(0x41); e.s64(Int64(next(1 << 20)) - (1 << 19))
            case .i64: e.byte(0x42); e.s64(Int64(next(1 << 30)) << 20)
            case .f64:
                e.byte(0x44)
                let bits = (Double(next(1 << 20)) / 64.0).bitPattern
                for i in 0..<8 { e.byte(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
            case .f32: fatalError("no f32 in generated code")
            }
            return
        }
        if choice == 1 {
            let candidates = locals(of: type, signature: signature)
            e.byte(0x20); e.u32(candidates[next(candidates.count)])  // local.get
            return
        }
        switch (type, choice) {
        case (.i32, 2), (.i32, 3):
            expression(&e, .i32, signature: signature, depth: depth + 1)
            expression(&e, .i32, signature: signature, depth: depth + 1)
            e.byte([0x6A, 0x6B, 0x6C, 0x71, 0x72, 0x73, 0x74, 0x76, 0x48, 0x46][next(10)])
        case (.i32, 4):
            address(&e, signature: signature)
            e.byte(0x28); e.u32(2); e.u32(UInt32(next(64) * 4))  // i32.load
        case (.i32, 5):
            expression(&e, .i64, signature: signature, depth: depth + 1)
            e.byte(0xA7)  // i32.wrap_i64
        case (.i64, 2), (.i64, 3):
            expression(&e, .i64, signature: signature, depth: depth + 1)
            expression(&e, .i64, signature: signature, depth: depth + 1)
            e.byte([0x7C, 0x7E, 0x85, 0x86, 0x89, 0x83][next(6)])
        case (.i64, 4):
            expression(&e, .i32, signature: signature, depth: depth + 1)
            e.byte(0xAD)  // i64.extend_i32_u
        case (.i64, 5):
            address(&e, signature: signature)
            e.byte(0x29); e.u32(3); e.u32(UInt32(next(32) * 8))  // i64.load
        case (.f64, 2), (.f64, 3):
            expression(&e, .f64, signature: signature, depth: depth + 1)
            expression(&e, .f64, signature: signature, depth: depth + 1)
            e.byte([0xA0, 0xA1, 0xA2, 0xA3, 0xA4][next(5)])
        case (.f64, 4):
            expression(&e, .i32, signature: signature, depth: depth + 1)
            e.byte(0xB7)  // f64.convert_i32_s
            e.byte(0x9F)  // f64.sqrt
        case (.f64, 5):
            address(&e, signature: signature)
            e.byte(0x2B); e.u32(3); e.u32(UInt32(next(32) * 8))  // f64.load
        default:
            call(&e, type, signature: signature, depth: depth)
        }
    }

    /// A call to an earlier function returning `type`, or a `select` when there is none yet.
    mutating func call(_ e: inout WasmEmitter, _ type: WasmEmitter.ValueCode, signature: Int, depth: Int) {
        let target = GeneratedTypes.signatures.firstIndex { $0.1 == type }!
        let candidates = callable[target]
        guard !candidates.isEmpty else {
            expression(&e, type, signature: signature, depth: depth + 1)
            expression(&e, type, signature: signature, depth: depth + 1)
            expression(&e, .i32, signature: signature, depth: depth + 1)
            e.byte(0x1B)  // select
            return
        }
        for param in GeneratedTypes.signatures[target].0 {
            expression(&e, param, signature: signature, depth: depth + 1)
        }
        e.byte(0x10); e.u32(candidates[next(candidates.count)])
    }
}
