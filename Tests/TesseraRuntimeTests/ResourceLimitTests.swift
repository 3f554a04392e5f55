import Testing
import TesseraRuntime
import TesseraText
import TesseraTypes

/// The store's resource limiter: growth beyond `StoreLimits` fails as the spec allows (-1), a minimum
/// beyond it fails instantiation, and the store stays usable.
@Suite struct ResourceLimitTests {
    static let sixteenMiB: UInt64 = 16 << 20

    func instantiate(_ wat: String, limits: StoreLimits) throws -> Instance {
        let engine = Engine()
        let store = Store(engine: engine)
        store.limits = limits
        return try store.instantiate(Module(engine: engine, bytes: parseWat(wat)), imports: [])
    }

    static let memoryWat = """
    (module
      (memory (export "memory") 1)
      (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
      (func (export "size") (result i32) (memory.size))
      (func (export "bomb") (result i32) (local i32)
        (loop $l
          (if (i32.ne (memory.grow (i32.const 1)) (i32.const -1))
            (then (local.set 0 (i32.add (local.get 0) (i32.const 1))) (br $l))))
        (local.get 0)))
    """

    @Test func memoryGrowthStopsAtTheLimit() throws {
        let instance = try instantiate(Self.memoryWat, limits: StoreLimits(maxMemoryBytes: Self.sixteenMiB))
        #expect(try instance.call("grow", .i32(255)) == [.i32(1)])
        #expect(try instance.call("grow", .i32(1)) == [.i32(-1)])
        #expect(try instance.call("grow", .i32(0)) == [.i32(256)])
        #expect(try instance.call("size") == [.i32(256)])
        #expect(instance.memory("memory")?.grow(by: 1) == nil)
        #expect(instance.memory("memory")?.byteCount == 16 << 20)
    }

    @Test func memoryBombStopsAt16MiB() throws {
        let instance = try instantiate(Self.memoryWat, limits: StoreLimits(maxMemoryBytes: Self.sixteenMiB))
        #expect(try instance.call("bomb") == [.i32(255)])
        #expect(instance.memory("memory")?.byteCount == 16 << 20)
        #expect(try instance.call("size") == [.i32(256)])
        // Raising the limit lets the memory grow again; lowering it below the size stops growth.
        instance.store.limits.maxMemoryBytes = 17 << 20
        #expect(try instance.call("grow", .i32(1)) == [.i32(256)])
        instance.store.limits.maxMemoryBytes = 1 << 20
        #expect(try instance.call("grow", .i32(1)) == [.i32(-1)])
        #expect(try instance.call("size") == [.i32(257)])
        instance.store.limits = StoreLimits()
        #expect(try instance.call("grow", .i32(1)) == [.i32(257)])
    }

    @Test func minimumAboveTheLimitFailsInstantiation() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        store.limits = StoreLimits(maxMemoryBytes: Self.sixteenMiB, maxTableElements: 100)
        let big = try Module(engine: engine, bytes: parseWat("(module (memory 1) (memory 257))"))
        let error = wasmError { _ = try store.instantiate(big, imports: []) }
        #expect(error?.kind == .exhaustion)
        #expect(error?.message == "memory 1: minimum size of 257 pages (16842752 bytes) exceeds the store limit of 16777216 bytes (StoreLimits.maxMemoryBytes)")
        let wide = try Module(engine: engine, bytes: parseWat("(module (table 101 funcref))"))
        #expect(wasmError { _ = try store.instantiate(wide, imports: []) }?.message
            == "table 0: minimum size of 101 elements exceeds the store limit of 100 elements (StoreLimits.maxTableElements)")
        #expect(wasmError { _ = try Memory(store: store, type: MemoryType(limits: Limits(min: 300))) }?.kind == .exhaustion)
        // The store is still usable: a module within the limits instantiates and runs.
        let fits = try Module(engine: engine, bytes: parseWat(Self.memoryWat))
        let instance = try store.instantiate(fits, imports: [])
        #expect(try instance.call("grow", .i32(255)) == [.i32(1)])
    }

    @Test func tableGrowthStopsAtTheLimit() throws {
        let instance = try instantiate("""
        (module
          (table 2 funcref)
          (func (export "grow") (param i32) (result i32) (table.grow (ref.null func) (local.get 0)))
          (func (export "size") (result i32) (table.size)))
        """, limits: StoreLimits(maxTableElements: 10))
        #expect(try instance.call("grow", .i32(8)) == [.i32(2)])
        #expect(try instance.call("grow", .i32(1)) == [.i32(-1)])
        #expect(try instance.call("size") == [.i32(10)])
    }
}
