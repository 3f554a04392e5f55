#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Deadlines: one background thread for the whole process (started with the first deadline, never one
// per call or per store) sleeps until the earliest armed deadline and raises that store's interrupt
// flag. Stores arm, re-arm and cancel their single entry under a mutex; the thread wakes on every
// change. Times are nanoseconds of the monotonic clock.

/// Nanoseconds of the monotonic clock.
func monotonicNanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) &* 1_000_000_000 &+ UInt64(now.tv_nsec)
}

/// The process-wide deadline thread.
final class DeadlineTimer: @unchecked Sendable {
    static let shared = DeadlineTimer()

    private struct Entry {
        var flag: InterruptFlag
        var deadline: UInt64
    }

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    /// Guarded by `mutex`.
    private var entries: [Entry] = []
    private var started = false

    private init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        condition = .allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        #if canImport(Darwin)
        pthread_cond_init(condition, nil)
        #else
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attributes)
        pthread_condattr_destroy(&attributes)
        #endif
    }

    /// Raises `flag` at `deadline` (monotonic nanoseconds), replacing the flag's previous deadline.
    func arm(_ flag: InterruptFlag, at deadline: UInt64) {
        pthread_mutex_lock(mutex)
        entries.removeAll { $0.flag === flag }
        entries.append(Entry(flag: flag, deadline: deadline))
        if !started { started = startThread() }
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    /// Forgets the flag's deadline (it will not be raised by the timer afterwards).
    func cancel(_ flag: InterruptFlag) {
        pthread_mutex_lock(mutex)
        entries.removeAll { $0.flag === flag }
        pthread_mutex_unlock(mutex)
    }

    /// Whether the thread runs (false only when the system refused to start it: deadlines then take
    /// effect only when a call starts after them).
    private func startThread() -> Bool {
        let body: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { _ in
            DeadlineTimer.shared.run()
        }
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        guard pthread_create(&thread, nil, body, nil) == 0 else { return false }
        #if canImport(Darwin)
        if let thread { pthread_detach(thread) }
        #else
        pthread_detach(thread)
        #endif
        return true
    }

    private func run() -> Never {
        pthread_mutex_lock(mutex)
        while true {
            let now = monotonicNanoseconds()
            entries.removeAll { entry in
                guard entry.deadline <= now else { return false }
                entry.flag.raise()
                return true
            }
            guard let next = entries.map(\.deadline).min() else {
                pthread_cond_wait(condition, mutex)
                continue
            }
            wait(until: next)
        }
    }

    /// Sleeps (mutex held) until `deadline` or a signal.
    private func wait(until deadline: UInt64) {
        #if canImport(Darwin)
        let delta = deadline &- min(deadline, monotonicNanoseconds())
        var relative = timespec(tv_sec: Int(delta / 1_000_000_000), tv_nsec: Int(delta % 1_000_000_000))
        pthread_cond_timedwait_relative_np(condition, mutex, &relative)
        #else
        var absolute = timespec(tv_sec: Int(deadline / 1_000_000_000), tv_nsec: Int(deadline % 1_000_000_000))
        pthread_cond_timedwait(condition, mutex, &absolute)
        #endif
    }
}
