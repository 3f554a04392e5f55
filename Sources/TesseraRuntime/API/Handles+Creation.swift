public import TesseraTypes
import TesseraBinary
import TesseraValidation

// Memories, tables and globals the host creates itself (to import into modules, like the `spectest`
// module of the spec scripts). Their types are checked by the validator, exactly as if a module imported
// them, and against the engine's limits.

extension Memory {
    /// Creates a zero-filled memory of `type` (its minimum size) in `store`.
    ///
    /// Throws `.invalid` for a type no module could declare, `.exhaustion` when the minimum exceeds the
    /// engine's limits or the allocation fails.
    public init(store: Store, type: MemoryType) throws(WasmError) {
        try store.checkHostType(.memory(type))
        self.init(store: store, storage: try store.allocateMemory(type))
    }
}

extension Table {
    /// Creates a table of `type` in `store` whose elements all start as `initial` (which must be a
    /// reference of the element type; a non-nullable element type needs a non-null one).
    public init(store: Store, type: TableType, initial: Value) throws(WasmError) {
        try store.checkHostType(.table(type))
        guard initial.matches(.ref(type.elementType)), let slot = initial.slot else {
            throw WasmError(.invalid, "table initial value does not match the element type")
        }
        self.init(store: store, storage: try store.allocateTable(type, initial: slot), type: type)
    }

    /// Creates a table of `type` in `store` filled with null references.
    public init(store: Store, type: TableType) throws(WasmError) {
        try self.init(store: store, type: type, initial: .defaultValue(of: .ref(type.elementType)))
    }
}

extension Global {
    /// Creates a global of `type` holding `value` in `store`.
    public init(store: Store, type: GlobalType, value: Value) throws(WasmError) {
        try store.checkHostType(.global(type))
        guard value.matches(type.valueType) else {
            throw WasmError(.invalid, "global value does not match the global's type")
        }
        let cell = store.allocateGlobal(0)
        _ = value.store(to: cell)
        self.init(store: store, cell: cell, type: type)
    }
}

extension Store {
    /// Validates a host-made external type the way a module importing it would be validated.
    func checkHostType(_ descriptor: ImportDescriptor) throws(WasmError) {
        var module = WasmModule()
        module.imports = [Import(module: "host", name: "value", descriptor: descriptor)]
        _ = try ModuleValidator.validate(module, features: engine.configuration.features)
    }
}
