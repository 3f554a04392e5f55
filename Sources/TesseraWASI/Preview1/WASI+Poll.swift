import TesseraTypes

// poll_oneoff: clock and fd_read/fd_write subscriptions.

extension WASIPreview1 {
    static let pollSyscalls: [(name: String, parameters: [ValueType], body: Syscall)] = [
        ("poll_oneoff", [.i32, .i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let count = a.u32(2)
            guard count > 0 else { throw .invalid }
            let (inSize, overflow) = count.multipliedReportingOverflow(by: 48)
            guard !overflow, count <= UInt32.max / 32 else { throw .fault }
            let input = try memory.region(a.u32(0), inSize)
            _ = try memory.region(a.u32(1), count * 32)
            let events = try wasi.poll(try (0..<Int(count)).map { (i) throws(WASIErrno) in
                try Subscription(UnsafeRawBufferPointer(rebasing: input[(i * 48)..<(i * 48 + 48)]))
            })
            for (i, event) in events.enumerated() {
                try event.store(memory, at: a.u32(1) + UInt32(i * 32))
            }
            try memory.store(UInt32(events.count), at: a.u32(3)) }),
    ]
}

/// One `subscription` (48 bytes).
struct Subscription {
    enum Kind {
        /// A clock: its id, the timeout and whether it is absolute.
        case clock(UInt32, UInt64, absolute: Bool)
        case read(UInt32)
        case write(UInt32)
    }

    let userData: UInt64
    let kind: Kind

    init(_ raw: UnsafeRawBufferPointer) throws(WASIErrno) {
        func load<T: FixedWidthInteger>(_ offset: Int, _ type: T.Type) -> T {
            T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
        }
        userData = load(0, UInt64.self)
        switch load(8, UInt8.self) {
        case 0: kind = .clock(load(16, UInt32.self), load(24, UInt64.self), absolute: load(40, UInt16.self) & 1 != 0)
        case 1: kind = .read(load(16, UInt32.self))
        case 2: kind = .write(load(16, UInt32.self))
        default: throw .invalid
        }
    }
}

/// One `event` (32 bytes).
struct PollEvent {
    var userData: UInt64
    var error: WASIErrno = .success
    /// 0 clock, 1 fd_read, 2 fd_write.
    var type: UInt8
    var bytes: UInt64 = 0
    var hangup = false

    func store(_ memory: GuestMemory, at address: UInt32) throws(WASIErrno) {
        let region = try memory.region(address, 32)
        region.initializeMemory(as: UInt8.self, repeating: 0)
        try memory.store(userData, at: address)
        try memory.store(error.rawValue, at: address + 8)
        try memory.store(type, at: address + 10)
        try memory.store(bytes, at: address + 16)
        try memory.store(UInt16(hangup ? 1 : 0), at: address + 24)
    }
}

extension WASI {
    /// Waits until at least one subscription is satisfied; returns the events of all that are.
    func poll(_ subscriptions: [Subscription]) throws(WASIErrno) -> [PollEvent] {
        var ready: [PollEvent] = []
        var waitRead: [Int32] = [], waitWrite: [Int32] = []
        var hostWaiters: [(Int32, PollEvent)] = []
        var deadlines: [(deadline: UInt64, clock: WASIClockID, event: PollEvent)] = []
        for subscription in subscriptions {
            switch subscription.kind {
            case .clock(let id, let timeout, let absolute):
                var event = PollEvent(userData: subscription.userData, type: 0)
                guard let clock = WASIClockID(rawValue: id) else {
                    event.error = .invalid
                    ready.append(event)
                    continue
                }
                let now = try system.time(clock)
                let deadline = absolute ? timeout : now.addingReportingOverflow(timeout).overflow ? .max : now + timeout
                deadlines.append((deadline, clock, event))
            case .read(let fd), .write(let fd):
                let writing = if case .write = subscription.kind { true } else { false }
                var event = PollEvent(userData: subscription.userData, type: writing ? 2 : 1)
                guard let entry = descriptors[fd] else {
                    event.error = .badDescriptor
                    ready.append(event)
                    continue
                }
                guard entry.rights.contains(.pollFdReadwrite) else {
                    event.error = .notCapable
                    ready.append(event)
                    continue
                }
                switch entry.kind {
                case .file(let file):
                    let size = (try? file.stat().size) ?? 0
                    event.bytes = writing ? 0 : size > entry.position ? size - entry.position : 0
                    ready.append(event)
                case .directory:
                    event.error = .badDescriptor
                    ready.append(event)
                case .stream, .socket:
                    switch entry.stream?.readiness(forWriting: writing) ?? .hangup {
                    case .ready(let count):
                        event.bytes = count
                        ready.append(event)
                    case .hangup:
                        event.hangup = true
                        ready.append(event)
                    case .waitOnHost(let host):
                        if writing { waitWrite.append(host) } else { waitRead.append(host) }
                        hostWaiters.append((host, event))
                    }
                }
            }
        }
        var now = try times(of: deadlines)
        var expired = deadlines.enumerated().filter { $0.element.deadline <= now[$0.offset] }
        if ready.isEmpty && expired.isEmpty {
            let timeout = deadlines.enumerated().map { $0.element.deadline - now[$0.offset] }.min()
            let woken = system.wait(reading: waitRead, writing: waitWrite, timeout: timeout)
            for (host, event) in hostWaiters where woken.contains(host) {
                var event = event
                event.bytes = 1
                ready.append(event)
            }
            now = try times(of: deadlines)
            expired = deadlines.enumerated().filter { $0.element.deadline <= now[$0.offset] }
            // A wait that returned early with nothing ready (a signal) counts the nearest clock as done.
            if ready.isEmpty && expired.isEmpty, let nearest = deadlines.indices.min(by: {
                deadlines[$0].deadline - min(deadlines[$0].deadline, now[$0]) < deadlines[$1].deadline - min(deadlines[$1].deadline, now[$1])
            }) {
                expired = [(nearest, deadlines[nearest])]
            }
        }
        return expired.map(\.element.event) + ready
    }

    private func times(of deadlines: [(deadline: UInt64, clock: WASIClockID, event: PollEvent)]) throws(WASIErrno) -> [UInt64] {
        var result: [UInt64] = []
        for entry in deadlines { result.append(try system.time(entry.clock)) }
        return result
    }
}
