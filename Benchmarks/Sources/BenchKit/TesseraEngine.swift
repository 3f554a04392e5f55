import TesseraRuntime

/// Tessera under test, through its public embedding API.
public final class TesseraBenchEngine: BenchEngine {
    public let name = "tessera"
    let engine = Engine()

    public init() {}

    public func load(_ bytes: [UInt8], repeats: Int) throws -> Sample {
        let store = Store(engine: engine)
        return try Sample.measure {
            for _ in 0..<repeats { _ = try store.instantiate(Module(engine: engine, bytes: bytes), imports: []) }
            return nil
        }
    }

    public func compile(_ bytes: [UInt8]) throws -> Module {
        try Module(engine: engine, bytes: bytes)
    }

    public func execute(_ module: Module, n: Int32) throws -> Sample {
        let store = Store(engine: engine)
        let run = try store.instantiate(module, imports: []).typedFunction("run", Int32.self, Int64.self)
        return try Sample.measure { UInt64(bitPattern: try run(n)) }
    }

    public func instantiate(_ module: Module, count: Int) throws -> Sample {
        let stores = (0..<count).map { _ in Store(engine: engine) }
        return try Sample.measure {
            for store in stores { _ = try store.instantiate(module, imports: []) }
            return nil
        }
    }

    public func callExport(_ module: Module, count: Int) throws -> Sample {
        let noop = try hostCallInstance(module).typedFunction("noop", Int32.self, Int32.self)
        return try Sample.measure {
            var sum: Int32 = 0
            for i in 0..<Int32(truncatingIfNeeded: count) { sum &+= try noop(i) }
            return UInt64(UInt32(bitPattern: sum))
        }
    }

    public func callImport(_ module: Module, count: Int) throws -> Sample {
        let callHost = try hostCallInstance(module).typedFunction("callHost", Int32.self, Int32.self)
        return try Sample.measure { UInt64(UInt32(bitPattern: try callHost(Int32(truncatingIfNeeded: count)))) }
    }

    func hostCallInstance(_ module: Module) throws -> Instance {
        var linker = Linker()
        try linker.define(module: "env", name: "host", HostFunction(Int32.self, Int32.self) { _, i in hostImportValue(i) })
        return try linker.instantiate(module, in: Store(engine: engine))
    }
}
