import Foundation

/// A first-in first-out queue between threads: `push` waits while the queue is full, `pop`
/// waits while it is empty, and returns nil once the queue is closed and drained. The bound is
/// what keeps memory flat on a corpus of any size.
///
/// `@unchecked Sendable`: every stored property is read and written only while holding
/// `condition`'s lock, so sharing the queue between threads is safe.
final class BlockingQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element?] = []  // popped slots are nil: their memory is released at once
    private var head = 0
    private let capacity: Int
    private var closed = false

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    func push(_ item: Element) {
        condition.lock()
        while items.count - head >= capacity && !closed { condition.wait() }
        items.append(item)
        condition.broadcast()
        condition.unlock()
    }

    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head {
            if closed { return nil }
            condition.wait()
        }
        let item = items[head].take()
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item!
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// A value set once by one thread and read by another after a synchronisation point.
///
/// `@unchecked Sendable`: access goes through `lock`.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func withValue<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
