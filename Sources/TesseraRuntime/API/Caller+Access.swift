// What a host function reaches of the instance that called it: its exports, and its memories whether
// exported or not.

extension Caller {
    /// The calling instance's export named exactly `name` (nil when the host called directly).
    public func export(_ name: String) -> Extern? { instance?.export(name) }

    /// The calling instance's exported function named `name`.
    public func function(_ name: String) -> Function? { export(name)?.function }

    /// The calling instance's exported global named `name`.
    public func global(_ name: String) -> Global? { export(name)?.global }

    /// The calling instance's exported table named `name`.
    public func table(_ name: String) -> Table? { export(name)?.table }

    /// The calling instance's memory at `index` in its memory index space (imported or defined,
    /// exported or not); nil when there is no such memory.
    public func memory(at index: Int) -> Memory? {
        guard let instance else { return nil }
        let record = instance.record
        guard index >= 0, index < record.module.validated.context.memories.count else { return nil }
        return Memory(store: store, storage: record.memories[index])
    }
}
