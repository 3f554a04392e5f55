import Testing
import TesseraRuntime
import TesseraText

/// A store is freed once nothing outside it refers to it: its instances and their exports do not keep
/// it alive, while any handle the embedder holds does.
@Suite struct StoreLifetimeTests {
    static let wat = """
        (module
          (memory (export "memory") 1)
          (global (export "g") (mut i32) (i32.const 1))
          (table (export "t") 1 funcref)
          (tag (export "e"))
          (func (export "f") (result i32) (i32.const 7)))
        """

    @Test func aStoreWithInstancesIsFreed() throws {
        let engine = Engine()
        let module = try Module(engine: engine, bytes: try parseWat(Self.wat))
        weak var released: Store?
        do {
            let store = Store(engine: engine)
            released = store
            let instance = try store.instantiate(module, imports: [])
            #expect(try instance.function("f")!.call() == [.i32(7)])
            #expect(instance.exports.names == ["memory", "g", "t", "e", "f"])
        }
        #expect(released == nil)
    }

    @Test func aHandleKeepsItsStoreAlive() throws {
        let engine = Engine()
        let module = try Module(engine: engine, bytes: try parseWat(Self.wat))
        weak var released: Store?
        var function: Function?
        do {
            let store = Store(engine: engine)
            released = store
            function = try store.instantiate(module, imports: []).function("f")
        }
        #expect(released != nil)
        #expect(try function?.call() == [.i32(7)])
        function = nil
        #expect(released == nil)
    }
}
