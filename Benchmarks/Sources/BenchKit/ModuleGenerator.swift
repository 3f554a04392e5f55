/// The modules the harness generates in-process (deterministically): a large code-only module for the
/// load scenario, a ~1 MB module with data, a table and globals for the instantiate scenario, and a
/// small module for the host-call scenarios.
public enum ModuleGenerator {
    /// A module of generated functions whose code section is about `bytes` long (load scenario).
    public static func codeModule(bytes: Int, seed: UInt64 = 0xC0DE) -> [UInt8] {
        module(codeBytes: bytes, bodyBytes: 2000, seed: seed, extras: false)
    }

    /// A module of about 1 MB: ~300 KB of code, 640 KB of active data, a 1024-entry table filled by an
    /// element segment, 100 globals, and an export for every function (instantiate scenario).
    public static func instantiationModule(seed: UInt64 = 0x1257) -> [UInt8] {
        module(codeBytes: 300_000, bodyBytes: 1500, seed: seed, extras: true)
    }

    /// Exports `noop(i32) -> i32` (returns its argument plus one) and `callHost(n) -> i32`, which calls
    /// the import `env.host(i32) -> i32` for i in 0..<n and returns the (wrapping) sum of the results.
    public static func hostCallModule() -> [UInt8] {
        var e = WasmEmitter()
        e.header()
        e.section(1) { s in s.u32(1); s.functionType([.i32], [.i32]) }
        e.section(2) { s in
            s.u32(1); s.name("env"); s.name("host"); s.byte(0x00); s.u32(0)
        }
        e.section(3) { s in s.u32(2); s.u32(0); s.u32(0) }
        e.section(7) { s in
            s.u32(2)
            s.name("noop"); s.byte(0x00); s.u32(1)
            s.name("callHost"); s.byte(0x00); s.u32(2)
        }
        e.section(10) { s in
            s.u32(2)
            let noop: [UInt8] = [0x00, 0x20, 0x00, 0x41, 0x01, 0x6A, 0x0B]
            s.u32(UInt32(noop.count)); s.append(noop)
            // locals i (1), acc (2)
            let loop: [UInt8] = [
                0x01, 0x02, 0x7F,
                0x02, 0x40, 0x03, 0x40,
                0x20, 0x01, 0x20, 0x00, 0x4F, 0x0D, 0x01,        // i >= n: br 1
                0x20, 0x02, 0x20, 0x01, 0x10, 0x00, 0x6A, 0x21, 0x02,  // acc += host(i)
                0x20, 0x01, 0x41, 0x01, 0x6A, 0x21, 0x01,        // i += 1
                0x0C, 0x00, 0x0B, 0x0B,
                0x20, 0x02, 0x0B,
            ]
            s.u32(UInt32(loop.count)); s.append(loop)
        }
        return e.bytes
    }

    static func module(codeBytes: Int, bodyBytes: Int, seed: UInt64, extras: Bool) -> [UInt8] {
        var generator = BodyGenerator(seed: seed)
        var bodies: [[UInt8]] = []
        var signatures: [Int] = []
        var total = 0
        while total < codeBytes {
            let signature = bodies.count % 3
            let body = generator.body(signature: signature, targetBytes: bodyBytes - 200 + generator.next(400))
            generator.callable[signature].append(UInt32(bodies.count))
            bodies.append(body)
            signatures.append(signature)
            total += body.count
        }
        var e = WasmEmitter()
        e.header()
        e.section(1) { s in
            s.u32(UInt32(BodyGenerator.GeneratedTypes.signatures.count))
            for (params, result) in BodyGenerator.GeneratedTypes.signatures { s.functionType(params, [result]) }
        }
        e.section(3) { s in
            s.u32(UInt32(bodies.count))
            for signature in signatures { s.u32(UInt32(signature)) }
        }
        let tableSize: UInt32 = 1024
        if extras {
            e.section(4) { s in s.u32(1); s.byte(0x70); s.byte(0x00); s.u32(tableSize) }
        }
        e.section(5) { s in s.u32(1); s.byte(0x00); s.u32(extras ? 32 : 1) }
        if extras {
            e.section(6) { s in
                s.u32(100)
                for g in 0..<100 { s.byte(0x7F); s.byte(0x01); s.i32ConstExpression(Int32(g * 7919)) }
            }
        }
        let exported = extras ? bodies.count : min(bodies.count, 16)
        e.section(7) { s in
            s.u32(UInt32(exported + 1))
            s.name("memory"); s.byte(0x02); s.u32(0)
            for f in 0..<exported { s.name("f\(f)"); s.byte(0x00); s.u32(UInt32(f)) }
        }
        if extras {
            e.section(9) { s in
                s.u32(1); s.byte(0x00); s.i32ConstExpression(0)
                s.u32(tableSize)
                for i in 0..<tableSize { s.u32(i % UInt32(bodies.count)) }
            }
        }
        e.section(10) { s in
            s.u32(UInt32(bodies.count))
            for body in bodies { s.u32(UInt32(body.count)); s.append(body) }
        }
        if extras {
            let segments = 8, segmentBytes = 80_000
            e.section(11) { s in
                s.u32(UInt32(segments))
                for k in 0..<segments {
                    s.byte(0x00); s.i32ConstExpression(Int32(k * 200_000))
                    s.u32(UInt32(segmentBytes))
                    for _ in 0..<segmentBytes { s.byte(UInt8(truncatingIfNeeded: generator.next(256))) }
                }
            }
        }
        return e.bytes
    }
}
