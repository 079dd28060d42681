import Foundation

/// Starts blocking work on threads of its own and waits for all of them.
///
/// Readers and workers block on queues by design. On Linux, Dispatch's global pool is sized to
/// the cores and adds threads for blocked work only after a delay (seen here: one second per
/// missing thread), so each gets a dedicated thread instead; Dispatch semaphores still pace them.
final class WorkerThreads: Sendable {
    private let group = DispatchGroup()

    func start(name: String, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread { [group] in
            body()
            group.leave()
        }
        thread.name = name
        thread.stackSize = 8 << 20
        thread.start()
    }

    func wait() { group.wait() }
}
