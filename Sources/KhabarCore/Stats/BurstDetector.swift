import Foundation

/// A burst: a run of periods where a series ran at a higher rate than its base rate.
public struct Burst: Sendable, Equatable {
    /// First and last period index of the burst (inclusive).
    public var start: Int
    public var end: Int
    /// How much better the burst state explains the run: Σ (cost in the base state − cost in
    /// the burst state) over its periods (natural log units).
    public var weight: Double
}

/// Kleinberg's two-state burst detector for batched arrivals ("Bursty and Hierarchical Structure
/// in Streams", 2002, §4): in period t, r_t of d_t documents are relevant (contain the term, come
/// from the source). The base state emits relevant documents at the overall rate p0 = Σr / Σd,
/// the burst state at p1 = s·p0 (at most 0.9999); moving up costs γ·ln(n) for n periods, moving
/// down is free; the cheapest state sequence (Viterbi) marks the bursts.
public enum BurstDetector {
    public static func detect(relevant r: [Int], total d: [Int], s: Double = 2, gamma: Double = 1) -> (states: [Bool], bursts: [Burst]) {
        let n = r.count
        precondition(d.count == n)
        let R = r.reduce(0, +), D = d.reduce(0, +)
        guard n > 0, R > 0, D > 0 else { return (Array(repeating: false, count: n), []) }
        let p0 = Double(R) / Double(D)
        let p1 = min(s * p0, 0.9999)
        guard p1 > p0 else { return (Array(repeating: false, count: n), []) }
        func cost(_ p: Double, _ t: Int) -> Double {
            // −ln(p^r (1−p)^(d−r)); the binomial coefficient is the same in both states.
            let rr = Double(r[t]), dd = Double(d[t])
            return -(rr * log(p) + (dd - rr) * log(1 - p))
        }
        let up = gamma * log(Double(n))
        var c0 = 0.0, c1 = Double.infinity  // start in the base state
        var from0 = [Bool](repeating: false, count: n)  // best predecessor of state 0 at t was 1?
        var from1 = [Bool](repeating: false, count: n)
        var base = [Double](repeating: 0, count: n), burst = [Double](repeating: 0, count: n)
        for t in 0..<n {
            base[t] = cost(p0, t)
            burst[t] = cost(p1, t)
            let to0 = (c0, c1)                // moving down is free
            let to1 = (c0 + up, c1)
            from0[t] = to0.1 < to0.0
            from1[t] = to1.1 <= to1.0
            let n0 = min(to0.0, to0.1) + base[t]
            let n1 = min(to1.0, to1.1) + burst[t]
            c0 = n0
            c1 = n1
        }
        var states = [Bool](repeating: false, count: n)
        var state = c1 < c0
        for t in stride(from: n - 1, through: 0, by: -1) {
            states[t] = state
            state = state ? from1[t] : from0[t]
        }
        var bursts: [Burst] = []
        var t = 0
        while t < n {
            if states[t] {
                var e = t
                var w = 0.0
                while e < n && states[e] { w += base[e] - burst[e]; e += 1 }
                bursts.append(Burst(start: t, end: e - 1, weight: w))
                t = e
            } else {
                t += 1
            }
        }
        return (states, bursts)
    }
}
