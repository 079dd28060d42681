import Foundation

/// Runs a closure on a thread of its own and hands back its result (or error) on `wait()`:
/// `report` writes the terms report there while the actor reports are written on the main
/// thread (each is a sort and a formatting pass of its own, ~0.3 s on a large corpus).
///
/// `@unchecked Sendable`: the closure may capture values that are not Sendable (the counts and
/// the output files it writes). That is safe as used here: the caller touches none of them
/// until `wait()` returns, and `wait()` reads the result under `condition`, after the thread
/// stored it under the same lock.
final class BackgroundJob<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<T, Error>?
    private let body: () throws -> T

    init(_ body: @escaping () throws -> T) {
        self.body = body
        let thread = Thread { [self] in
            let r = Result { try self.body() }
            condition.lock()
            result = r
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    func wait() throws -> T {
        condition.lock()
        while result == nil { condition.wait() }
        let r = result!
        condition.unlock()
        return try r.get()
    }
}
