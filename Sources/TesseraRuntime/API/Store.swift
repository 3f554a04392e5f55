import TesseraTypes
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns everything instances create at run time: functions, memories, tables, globals and the value
/// stack code runs on. Not thread-safe: use one store per thread (like `&mut Store` elsewhere).
public final class Store {
    public let engine: Engine
    let state: UnsafeMutablePointer<ExecutionState>
    let stack: FP
    let stackSlots: Int
    /// The memory instances without one point at.
    let emptyMemory: MP
    var functions: [FunctionRef] = []
    /// The host functions' bodies by `FunctionEntry.hostIndex`: a raw table, read without
    /// exclusivity checks or reference counting (HostCall.swift).
    let hostTable: UnsafeMutablePointer<HostTable>
    var memories: [MP] = []
    var globals: [GlobalCell] = []
    var tables: [UnsafeMutablePointer<TableStorage>] = []
    /// The element and data segment storage of instances (freed with the store).
    var segmentBuffers: [UnsafeMutableRawPointer] = []
    var instances: [InstanceRecord] = []
    var typeIDs: [TypeKey: Int] = [:]
    /// The error a host function threw, until the outermost call rethrows it.
    var pendingError: (any Error)?
    /// Tags, exception objects and trap frames (Runtime/Exceptions).
    let control = ControlRuntime()
    /// The word compiled code polls to stop (interrupts and deadlines, Store+Limits.swift).
    let interruptFlag = InterruptFlag()
    /// The armed deadline in monotonic nanoseconds, if any.
    var deadline: UInt64?
    /// Bounds on the memories and tables of this store (see `StoreLimits`); setting them applies to
    /// the growth of existing memories and tables too.
    public var limits = StoreLimits() {
        didSet { applyLimits() }
    }

    public init(engine: Engine) {
        self.engine = engine
        stackSlots = max(engine.configuration.valueStackSlots, 1024)
        stack = .allocate(capacity: stackSlots)
        stack.initialize(repeating: 0, count: stackSlots)
        emptyMemory = .allocate(capacity: 1)
        emptyMemory.initialize(to: MemoryStorage(base: calloc(1, 1)!, byteCount: 0,
                                                 pages: 0, maxPages: 0, pageSizeLog2: 16, is64: false))
        state = .allocate(capacity: 1)
        state.initialize(to: ExecutionState(stackTop: stack, stackBase: stack, fp: stack, mp: emptyMemory))
        hostTable = .allocate(capacity: 1)
        hostTable.initialize(to: HostTable())
    }

    deinit {
        if deadline != nil { DeadlineTimer.shared.cancel(interruptFlag) }
        for f in functions { f.deallocate() }
        for m in memories + [emptyMemory] {
            free(m.pointee.base)
            m.deallocate()
        }
        for g in globals { g.deallocate() }
        for t in tables {
            free(t.pointee.elements)
            t.deallocate()
        }
        for buffer in segmentBuffers { free(buffer) }
        for record in instances { record.deallocate() }
        hostTable.pointee.deallocate()
        hostTable.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
        stack.deallocate()
    }

    /// The store-wide id of a type.
    func typeID(_ key: TypeKey) -> Int {
        if let id = typeIDs[key] { return id }
        let id = typeIDs.count
        typeIDs[key] = id
        return id
    }

    // MARK: - Allocation

    func allocateFunction(_ entry: FunctionEntry) -> FunctionRef {
        let f = FunctionRef.allocate(capacity: 1)
        f.initialize(to: entry)
        functions.append(f)
        return f
    }

    /// Adds a host function to the store.
    public func define(_ host: HostFunction) -> Function {
        let id = typeID(.function(host.type))
        hostTable.pointee.append(HostBody(raw: host.raw, slotCount: host.slotCount))
        let f = allocateFunction(FunctionEntry(code: nil, frameSize: 0, parameterCount: host.type.parameterSlots,
                                               resultCount: host.type.resultSlots, localCount: 0, headerSlot: 0, instance: nil,
                                               typeID: id, hostIndex: hostTable.pointee.count - 1,
                                               moduleFunctionIndex: 0))
        return Function(store: self, entry: f, type: host.type)
    }

    /// Allocates a memory of `type` at its minimum size. Its growth limit is the least of the declared
    /// maximum, the address space (2^32 or 2^64 bytes), the engine's limit (`maxMemoryPages` pages of
    /// 64 KiB, whatever the memory's own page size) and the store's (`limits.maxMemoryBytes`). `index`
    /// names the memory in errors (nil: a memory the host creates).
    func allocateMemory(_ type: MemoryType, index: Int? = nil) throws(WasmError) -> MP {
        let pageLog2 = Int(type.pageSizeLog2)
        // Sizes in pages must fit the address type too (a 32-bit memory of 1-byte pages: 2^32 - 1).
        let addressPages = type.limits.is64 ? (pageLog2 == 0 ? UInt64.max : UInt64(1) << (64 - pageLog2))
            : min(UInt64(1) << (32 - pageLog2), UInt64(UInt32.max))
        let engineBytes = min(engine.configuration.maxMemoryPages, 1 << 46) << 16
        let limit = min(type.limits.max ?? addressPages, addressPages, engineBytes >> pageLog2)
        guard type.limits.min <= limit else {
            throw WasmError(.exhaustion, "out of memory: \(type.limits.min) pages exceed the limit of \(limit)")
        }
        let storeLimit = memoryPageLimit(pageSizeLog2: type.pageSizeLog2)
        try checkMinimum(type.limits.min, pageSizeLog2: type.pageSizeLog2, index: index)
        let bytes = Int(type.limits.min) << pageLog2
        guard let base = calloc(max(bytes, 1), 1) else { throw WasmError(.exhaustion, "out of memory") }
        let m = MP.allocate(capacity: 1)
        m.initialize(to: MemoryStorage(base: base, byteCount: bytes, pages: type.limits.min,
                                       maxPages: min(limit, storeLimit), pageSizeLog2: type.pageSizeLog2,
                                       is64: type.limits.is64, declaredMaximum: type.limits.max, ceilingPages: limit))
        memories.append(m)
        return m
    }

    func allocateGlobal(_ value: UInt64, high: UInt64 = 0) -> GlobalCell {
        let g = GlobalCell.allocate(capacity: 2)
        g.initialize(to: value)
        (g + 1).initialize(to: high)
        globals.append(g)
        return g
    }

    /// Allocates a table of `type` at its minimum size with every element `initial`. Growth stops at the
    /// least of the declared maximum, the index type's range, `tableElementLimit` and the store's
    /// `limits.maxTableElements`; a minimum above that limit, or an allocation the system refuses, is an
    /// `.exhaustion` error. `index` names the table in errors (nil: a table the host creates).
    func allocateTable(_ type: TableType, initial: UInt64, index: Int? = nil) throws(WasmError) -> UnsafeMutablePointer<TableStorage> {
        guard type.limits.min <= tableElementLimit else {
            throw WasmError(.exhaustion, "table size exceeds the limit of \(tableElementLimit) elements")
        }
        try checkMinimum(elements: type.limits.min, index: index)
        let count = Int(type.limits.min)
        // Tables grow with realloc (Handlers+Table.swift), so their elements come from malloc.
        guard let raw = malloc(max(count, 1) * MemoryLayout<UInt64>.stride) else {
            throw WasmError(.exhaustion, "out of memory")
        }
        let elements = raw.bindMemory(to: UInt64.self, capacity: max(count, 1))
        elements.initialize(repeating: initial, count: max(count, 1))
        let code: RefTypeCode = switch Value.hierarchy(of: type.elementType.heapType) {
        case .function: .function
        case .extern: .extern
        case .exception: .exception
        default: .other
        }
        let t = UnsafeMutablePointer<TableStorage>.allocate(capacity: 1)
        let ceiling = min(type.limits.max ?? (type.limits.is64 ? .max : UInt64(UInt32.max)), tableElementLimit)
        t.initialize(to: TableStorage(elements: elements, count: count, capacity: max(count, 1),
                                      maximum: min(ceiling, limits.maxTableElements ?? .max),
                                      elementType: code, ceiling: ceiling))
        tables.append(t)
        return t
    }
}
