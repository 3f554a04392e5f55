public import TesseraTypes
import TesseraValidation

/// A function of a store (wasm or host). Calling it runs on the store's value stack.
public struct Function {
    public let store: Store
    let entry: FunctionRef
    public let type: FunctionType

    init(store: Store, entry: FunctionRef, type: FunctionType) {
        self.store = store
        self.entry = entry
        self.type = type
    }

    /// Calls the function. Traps throw `WasmError` of kind `.trap`, stack overflow `.exhaustion` (both
    /// with the wasm backtrace), an exception that escapes `.exception` (the store keeps the exception:
    /// see `Store.takeCaughtException()`).
    @discardableResult
    public func call(_ arguments: [Value] = []) throws(WasmError) -> [Value] {
        store.clearTrapLocation()
        do {
            return try store.invoke(entry, type: type, arguments: arguments)
        } catch {
            throw store.attachBacktrace(error)
        }
    }

    /// The function as a reference value.
    public var reference: FunctionReference { FunctionReference(address: UInt(bitPattern: entry)) }
}

/// A linear memory of a store.
public struct Memory {
    public let store: Store
    let storage: MP

    /// Current size in pages.
    public var pages: UInt64 { storage.pointee.pages }
    /// Current size in bytes.
    public var byteCount: Int { storage.pointee.byteCount }

    /// Grows by `delta` pages; returns the old size, or nil if the maximum forbids it.
    @discardableResult
    public func grow(by delta: UInt64) -> UInt64? { growMemory(storage, by: delta) }

    /// Reads bytes; throws an out-of-bounds trap error.
    public func read(at offset: Int, count: Int) throws(WasmError) -> [UInt8] {
        try check(offset, count)
        return Array(UnsafeRawBufferPointer(start: storage.pointee.base + offset, count: count))
    }

    /// Writes bytes; throws an out-of-bounds trap error.
    public func write(_ bytes: [UInt8], at offset: Int) throws(WasmError) {
        try check(offset, bytes.count)
        bytes.withUnsafeBytes { (storage.pointee.base + offset).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    }

    /// Direct access to the bytes (valid only inside `body`, and only until the memory grows).
    public func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeMutableRawBufferPointer(start: storage.pointee.base, count: storage.pointee.byteCount))
    }

    func check(_ offset: Int, _ count: Int) throws(WasmError) {
        guard offset >= 0, count >= 0, offset <= storage.pointee.byteCount - count else {
            throw WasmError(.trap, "out of bounds memory access")
        }
    }
}

/// A global of a store.
public struct Global {
    public let store: Store
    let cell: GlobalCell
    public let type: GlobalType
    /// The types of the module whose type indices `type` uses (nil: `type` has no concrete types).
    let typeContext: TypeContext?

    init(store: Store, cell: GlobalCell, type: GlobalType, typeContext: TypeContext? = nil) {
        self.store = store
        self.cell = cell
        self.type = type
        self.typeContext = typeContext
    }

    public var value: Value { Value.load([type.valueType], from: cell)[0] }

    /// Sets a mutable global.
    public func set(_ value: Value) throws(WasmError) {
        guard type.isMutable, value.matches(type.valueType) else {
            throw WasmError(.trap, "global is immutable or the value has the wrong type")
        }
        _ = value.store(to: cell)
    }
}

/// A table of a store.
public struct Table {
    public let store: Store
    let storage: UnsafeMutablePointer<TableStorage>
    public let type: TableType

    public var count: Int { storage.pointee.count }

    public func get(_ index: Int) throws(WasmError) -> Value {
        guard index >= 0, index < storage.pointee.count else { throw WasmError(.trap, "out of bounds table access") }
        return Value(slot: storage.pointee.elements[index], type: .ref(type.elementType))
    }
}

/// An exception tag of a store: exceptions of equal tags are caught by the same `catch` clauses.
public struct Tag: Hashable {
    public let store: Store
    let entry: TagRef

    init(store: Store, entry: TagRef) {
        self.store = store
        self.entry = entry
    }

    /// Creates a tag whose exceptions carry values of `parameters`, to import into modules or to
    /// throw from host functions. `name` names it in messages.
    public init(store: Store, parameters: [ValueType], name: String = "host tag") throws(WasmError) {
        // A host tag has no module types to refer to: concrete reference types cannot occur.
        guard !parameters.contains(where: TypeKey.hasConcreteReference) else {
            throw WasmError(.invalid, "a host tag's parameters cannot use concrete reference types")
        }
        let type = FunctionType(parameters: parameters, results: [])
        self.init(store: store, entry: store.control.allocateTag(type: type, typeID: store.typeID(.function(type)),
                                                                 name: name))
    }

    /// The tag's type: its parameters are the values an exception carries (no results).
    public var type: FunctionType { store.control.info(entry).type }

    /// Whether two handles denote the same tag.
    public static func == (a: Tag, b: Tag) -> Bool { a.entry == b.entry }

    public func hash(into hasher: inout Hasher) { hasher.combine(entry) }
}

/// An external value: what imports take and exports give.
public enum Extern {
    case function(Function)
    case memory(Memory)
    case global(Global)
    case table(Table)
    case tag(Tag)

    public var function: Function? { if case .function(let f) = self { f } else { nil } }
    public var memory: Memory? { if case .memory(let m) = self { m } else { nil } }
    public var global: Global? { if case .global(let g) = self { g } else { nil } }
    public var table: Table? { if case .table(let t) = self { t } else { nil } }
    public var tag: Tag? { if case .tag(let t) = self { t } else { nil } }

    var kind: ExternalKind {
        switch self {
        case .function: .function
        case .memory: .memory
        case .global: .global
        case .table: .table
        case .tag: .tag
        }
    }
}

/// What a host function sees of its caller: the calling instance (nil when the host called it
/// directly) and the store.
public struct Caller {
    public let store: Store
    public let instance: Instance?

    /// The caller's exported memory named `name` (by convention "memory").
    public func memory(_ name: String = "memory") -> Memory? { instance?.export(name)?.memory }
}
