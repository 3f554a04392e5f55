#if os(Linux)
import Synchronization
#endif

// The word compiled code polls to learn that it must stop (at function entry and loop back-edges, when
// the engine is interruptible). Any thread may raise it (`InterruptHandle`, the deadline timer); only
// the store's thread clears it, when an outermost call starts. It lives in its own allocation, owned by
// a reference-counted object, so that a handle kept by another thread never writes to freed memory.
//
// Linux uses a relaxed `Atomic` (a plain load on x86-64 and arm64, so the poll costs the same as a
// plain read); elsewhere the `Atomic` type needs newer OS versions than the package requires, so an
// aligned plain word is used (its loads and stores are single-copy atomic on every supported CPU).

/// Owner of one interrupt word.
final class InterruptFlag: @unchecked Sendable {
    /// The word (handlers read it through `InstanceContext.interrupt`).
    let word: UnsafeMutableRawPointer

    init() {
        #if os(Linux)
        let p = UnsafeMutablePointer<Atomic<UInt64>>.allocate(capacity: 1)
        p.initialize(to: Atomic(0))
        word = UnsafeMutableRawPointer(p)
        #else
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        p.initialize(to: 0)
        word = UnsafeMutableRawPointer(p)
        #endif
    }

    deinit {
        #if os(Linux)
        let p = word.assumingMemoryBound(to: Atomic<UInt64>.self)
        p.deinitialize(count: 1)
        p.deallocate()
        #else
        word.deallocate()
        #endif
    }

    /// Asks compiled code to stop (any thread).
    func raise() { interruptWordStore(word, 1) }

    /// Withdraws the request (the store's thread, between calls).
    func clear() { interruptWordStore(word, 0) }

    var isRaised: Bool { interruptWordLoad(word) != 0 }
}

/// Reads an interrupt word (relaxed).
@inline(__always)
func interruptWordLoad(_ word: UnsafeMutableRawPointer) -> UInt64 {
    #if os(Linux)
    word.assumingMemoryBound(to: Atomic<UInt64>.self).pointee.load(ordering: .relaxed)
    #else
    word.assumingMemoryBound(to: UInt64.self).pointee
    #endif
}

/// Writes an interrupt word (relaxed).
@inline(__always)
func interruptWordStore(_ word: UnsafeMutableRawPointer, _ value: UInt64) {
    #if os(Linux)
    word.assumingMemoryBound(to: Atomic<UInt64>.self).pointee.store(value, ordering: .relaxed)
    #else
    word.assumingMemoryBound(to: UInt64.self).pointee = value
    #endif
}
