import TesseraTypes
import TesseraBinary

/// An instantiated module: its functions, memories, tables and globals live in its store.
public struct Instance {
    public let store: Store
    let index: Int

    var record: InstanceRecord { store.instances[index] }

    /// The export named exactly `name` (names compare by their UTF-8 bytes).
    public func export(_ name: String) -> Extern? { record.exports[name] }

    /// The exported function named `name`.
    public func function(_ name: String) -> Function? { export(name)?.function }

    /// The exported memory named `name`.
    public func memory(_ name: String) -> Memory? { export(name)?.memory }

    /// The exported table named `name`.
    public func table(_ name: String) -> Table? { export(name)?.table }

    /// The exported global named `name`.
    public func global(_ name: String) -> Global? { export(name)?.global }

    /// All exports in declaration order, looked up by exact name.
    public var exports: ExportMap { record.exports }
}

/// The store's side of an instance: the raw context handlers read, and the export table.
final class InstanceRecord {
    let context: IP
    let module: Module
    var exports = ExportMap()
    var instance: Instance?
    // Raw arrays the context points into.
    let memories: UnsafeMutablePointer<MP>
    let globals: UnsafeMutablePointer<GlobalCell>
    let functions: UnsafeMutablePointer<FunctionRef>
    let tables: UnsafeMutablePointer<UnsafeMutablePointer<TableStorage>>
    let typeIDs: UnsafeMutablePointer<Int>
    /// Dropped element and data segments.
    var droppedElements: Set<Int> = []
    var droppedData: Set<Int> = []

    init(module: Module, context: IP, memories: [MP], globals: [GlobalCell], functions: [FunctionRef],
         tables: [UnsafeMutablePointer<TableStorage>], typeIDs: [Int]) {
        self.module = module
        self.context = context
        func copy<T>(_ a: [T]) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(a.count, 1))
            _ = UnsafeMutableBufferPointer(start: p, count: a.count).initialize(from: a)
            return p
        }
        self.memories = copy(memories)
        self.globals = copy(globals)
        self.functions = copy(functions)
        self.tables = copy(tables)
        self.typeIDs = copy(typeIDs)
    }

    func deallocate() {
        memories.deallocate()
        globals.deallocate()
        functions.deallocate()
        tables.deallocate()
        typeIDs.deallocate()
        context.deallocate()
    }
}
