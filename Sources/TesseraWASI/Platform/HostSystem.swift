#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The host's clocks, random source and `poll`.
public final class HostSystem: WASISystem {
    /// Creates the host system services.
    public init() {}

    static func hostClock(_ clock: WASIClockID) -> clockid_t {
        switch clock {
        case .realtime: CLOCK_REALTIME
        case .monotonic: CLOCK_MONOTONIC
        case .processCPUTime: CLOCK_PROCESS_CPUTIME_ID
        case .threadCPUTime: CLOCK_THREAD_CPUTIME_ID
        }
    }

    public func time(_ clock: WASIClockID) throws(WASIErrno) -> UInt64 {
        var spec = timespec()
        try hostCall { clock_gettime(Self.hostClock(clock), &spec) }
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }

    public func resolution(_ clock: WASIClockID) throws(WASIErrno) -> UInt64 {
        var spec = timespec()
        try hostCall { clock_getres(Self.hostClock(clock), &spec) }
        return max(1, UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec))
    }

    /// The current wall-clock time in nanoseconds (0 if the clock fails).
    static func now() -> UInt64 { (try? HostSystem().time(.realtime)) ?? 0 }

    public func random(into buffer: UnsafeMutableRawBufferPointer) throws(WASIErrno) {
        let source = try hostCall { open("/dev/urandom", O_RDONLY | O_CLOEXEC) }
        defer { close(source) }
        var filled = 0
        while filled < buffer.count {
            let n = try hostCount { hostRead(source, buffer.baseAddress! + filled, buffer.count - filled) }
            guard n > 0 else { throw .io }
            filled += n
        }
    }

    public func wait(reading: [Int32], writing: [Int32], timeout: UInt64?) -> Set<Int32> {
        var fds = reading.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            + writing.map { pollfd(fd: $0, events: Int16(POLLOUT), revents: 0) }
        // poll takes milliseconds; round up so a short timeout still waits.
        let milliseconds: Int32 = timeout.map { Int32(min(($0 + 999_999) / 1_000_000, UInt64(Int32.max))) } ?? -1
        if fds.isEmpty {
            guard let timeout else { return [] }
            var spec = timespec(tv_sec: Int(timeout / 1_000_000_000), tv_nsec: Int(timeout % 1_000_000_000))
            var remaining = timespec()
            while nanosleep(&spec, &remaining) != 0 && errno == EINTR { spec = remaining }
            return []
        }
        let count = fds.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t($0.count), milliseconds) }
        guard count > 0 else { return [] }
        return Set(fds.filter { $0.revents != 0 }.map(\.fd))
    }

    public func yield() { sched_yield() }
}
