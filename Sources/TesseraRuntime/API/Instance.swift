import TesseraTypes
import TesseraBinary
import TesseraValidation

/// An instantiated module: its functions, memories, tables and globals live in its store.
public struct Instance {
    public let store: Store
    let index: Int

    var record: InstanceRecord { store.instances[index] }

    /// The export named exactly `name` (names compare by their UTF-8 bytes).
    public func export(_ name: String) -> Extern? { record.exports[name]?.bound(to: store) }

    /// The exported function named `name`.
    public func function(_ name: String) -> Function? { export(name)?.function }

    /// The exported memory named `name`.
    public func memory(_ name: String) -> Memory? { export(name)?.memory }

    /// The exported table named `name`.
    public func table(_ name: String) -> Table? { export(name)?.table }

    /// The exported global named `name`.
    public func global(_ name: String) -> Global? { export(name)?.global }

    /// All exports in declaration order, looked up by exact name.
    public var exports: ExportMap { record.exports.mapValues { $0.bound(to: store) } }
}

/// The store's side of an instance: the raw context handlers read, and the export table.
final class InstanceRecord {
    let context: IP
    let module: Module
    var exports = NameMap<StoredExport>()
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

/// An export as the store keeps it: a handle's parts without the store. Handles hold their store
/// strongly, and the store holds its instances' exports, so keeping handles there would be a reference
/// cycle that never frees the store; ``bound(to:)`` makes the handle when an export is looked up.
enum StoredExport {
    case function(FunctionRef, FunctionType)
    case memory(MP)
    case global(GlobalCell, GlobalType, TypeContext?)
    case table(UnsafeMutablePointer<TableStorage>, TableType)
    case tag(TagRef)

    func bound(to store: Store) -> Extern {
        switch self {
        case .function(let entry, let type): .function(Function(store: store, entry: entry, type: type))
        case .memory(let storage): .memory(Memory(store: store, storage: storage))
        case .global(let cell, let type, let types): .global(Global(store: store, cell: cell, type: type, typeContext: types))
        case .table(let storage, let type): .table(Table(store: store, storage: storage, type: type))
        case .tag(let entry): .tag(Tag(store: store, entry: entry))
        }
    }
}
