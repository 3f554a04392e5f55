import TesseraTypes
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The store's side of exceptions: tags, exception objects, the exception that escaped to the host, and
// the frame of the last trap (for backtraces). Handlers reach it only on slow paths (throw, unwind,
// trap), through the store pointer in the execution state.

/// A tag of the store. Exceptions carry the address of their tag; `catch` clauses compare addresses, so
/// an imported tag is the exporter's tag.
struct TagEntry {
    /// Store-wide id of the tag's function type (tag import matching is exact).
    var typeID: Int
    /// Slots the payload takes (a v128 parameter takes two).
    var payloadSlots: Int
    /// Index of the tag's description in `ControlRuntime.tagInfo`.
    var index: Int
}

typealias TagRef = UnsafeMutablePointer<TagEntry>

/// An exception object: `[tag address, payload slot count | exposed bit, payload slots…]`. An `exnref`
/// slot holds the address of its first word.
struct ExceptionObject: Equatable {
    let words: UnsafeMutablePointer<UInt64>

    /// Set once the object may be referenced from outside the unwinder (an `exnref` was delivered, or it
    /// reached the host): it then lives as long as the store.
    static let exposedBit: UInt64 = 1 << 63

    init(words: UnsafeMutablePointer<UInt64>) { self.words = words }

    /// The object an `exnref` slot refers to (nil for null).
    init?(slot: UInt64) {
        guard let p = UnsafeMutablePointer<UInt64>(bitPattern: UInt(slot)) else { return nil }
        words = p
    }

    var tag: TagRef { TagRef(bitPattern: UInt(words[0])).unsafelyUnwrapped }
    var payloadSlots: Int { Int(words[1] & ~Self.exposedBit) }
    var payload: UnsafeMutablePointer<UInt64> { words + 2 }
    var isExposed: Bool { words[1] & Self.exposedBit != 0 }
    /// The `exnref` slot form.
    var slot: UInt64 { UInt64(UInt(bitPattern: words)) }

    func expose() { words[1] |= Self.exposedBit }
}

/// Exceptions, tags and trap frames of one store (freed with it).
final class ControlRuntime {
    struct TagInfo {
        var type: FunctionType
        /// How messages name the tag: its export name when it has one, else its index in its module.
        var name: String
    }

    /// Every tag of the store, with its description at the same index.
    private(set) var tags: [TagRef] = []
    private(set) var tagInfo: [TagInfo] = []
    /// The raw tag arrays instance contexts point at.
    private var tagArrays: [UnsafeMutablePointer<TagRef>] = []
    /// Live exception objects by address. An object that never became exposed is freed as soon as a
    /// handler catches it without a reference; exposed ones live until the store goes.
    private var exceptions: Set<UInt> = []
    /// Words held by live exception objects, bounded by `exceptionWordLimit`.
    private var exceptionWords = 0
    /// The exception that most recently escaped to the host (exposed), until the host takes it.
    var uncaught: ExceptionObject?
    /// The backtrace captured by the last trap raised with a frame (see `trap(_:_:_:_:)`), and the pc
    /// it belongs to.
    var trapBacktrace: (pc: PC, backtrace: WasmBacktrace)?
    /// Store type ids back to their keys (rebuilt lazily from the store's table).
    var typeKeys: [TypeKey?] = []

    /// At most this many words of exception objects may be live (256 MiB): a guest that keeps throwing
    /// and holding `exnref`s runs out of this, not of host memory.
    static let exceptionWordLimit = 1 << 25

    deinit {
        for t in tags { t.deallocate() }
        for a in tagArrays { a.deallocate() }
        for address in exceptions { free(UnsafeMutableRawPointer(bitPattern: address)) }
    }

    // MARK: - Tags

    func allocateTag(type: FunctionType, typeID: Int, name: String) -> TagRef {
        let t = TagRef.allocate(capacity: 1)
        t.initialize(to: TagEntry(typeID: typeID, payloadSlots: type.parameterSlots, index: tagInfo.count))
        tags.append(t)
        tagInfo.append(TagInfo(type: type, name: name))
        return t
    }

    /// A raw copy of an instance's tag index space, for its context.
    func tagArray(_ tags: [TagRef]) -> UnsafeMutablePointer<TagRef> {
        let p = UnsafeMutablePointer<TagRef>.allocate(capacity: max(tags.count, 1))
        _ = UnsafeMutableBufferPointer(start: p, count: tags.count).initialize(from: tags)
        tagArrays.append(p)
        return p
    }

    func info(_ tag: TagRef) -> TagInfo { tagInfo[tag.pointee.index] }

    // MARK: - Exception objects

    /// A new exception of `tag` with its payload copied from `payload`; nil when the limit is reached.
    func allocateException(tag: TagRef, payload: UnsafePointer<UInt64>) -> ExceptionObject? {
        let count = tag.pointee.payloadSlots
        guard exceptionWords + count + 2 <= Self.exceptionWordLimit,
              let raw = malloc((count + 2) * MemoryLayout<UInt64>.stride) else { return nil }
        let words = raw.bindMemory(to: UInt64.self, capacity: count + 2)
        words[0] = UInt64(UInt(bitPattern: tag))
        words[1] = UInt64(count)
        (words + 2).initialize(from: payload, count: count)
        exceptions.insert(UInt(bitPattern: raw))
        exceptionWords += count + 2
        return ExceptionObject(words: words)
    }

    /// Frees an object nothing can refer to any more (caught without a reference, never exposed).
    func release(_ exception: ExceptionObject) {
        guard !exception.isExposed, exceptions.remove(UInt(bitPattern: exception.words)) != nil else { return }
        exceptionWords -= exception.payloadSlots + 2
        free(exception.words)
    }

    /// Whether `slot` is the address of a live exception object of this store (host-provided references
    /// are checked before wasm uses them).
    func isLiveException(_ slot: UInt64) -> Bool { exceptions.contains(UInt(slot)) }
}
