import Synchronization
import WinnowCore

/// A batch's first pass: every input's document counted into a site profile. Counts only add,
/// so the profile is the same whatever the number of jobs or the order files finish in.
public enum ProfileLearner {
    /// The profile of `files` (unreadable or undecodable files are skipped: the cleaning pass
    /// reports them).
    public static func learn(
        _ files: [InputFile], cleaner: FileCleaner, jobs: Int, shouldStop: @escaping @Sendable () -> Bool = { false },
        maxFileSize: Int? = nil, timeLimit: Double? = nil
    ) -> SiteProfile {
        var profile = SiteProfile()
        learn(files, into: &profile, cleaner: cleaner, jobs: jobs, shouldStop: shouldStop, maxFileSize: maxFileSize,
              timeLimit: timeLimit)
        return profile
    }

    /// Counts `files` into `batchProfile`. The counts go straight into the batch's profile: a
    /// profile of the files alone, merged afterwards, would be a second table as large as
    /// their lines.
    static func learn(
        _ files: [InputFile], into batchProfile: inout SiteProfile, cleaner: FileCleaner, jobs: Int,
        shouldStop: @escaping @Sendable () -> Bool, maxFileSize: Int?, timeLimit: Double?
    ) {
        // The mutex must hold the only reference, or the first count would copy every table.
        let profile = Mutex(batchProfile)
        batchProfile = SiteProfile()
        let readAhead = ReadAhead()
        ParallelMap.forEach(count: files.count, jobs: jobs, shouldStop: shouldStop) { index in
            if index + ReadAhead.distance < files.count { readAhead.hint(files[index + ReadAhead.distance].path) }
            let file = files[index]
            // The cleaning pass reports files over the limits; here they are only skipped.
            guard case .success(let bytes) = readAhead.read(file.path, limit: maxFileSize),
                  let learned = try? cleaner.learn(bytes, path: file.relativePath, deadline: Deadline(seconds: timeLimit ?? 0))
            else { return }
            // Fingerprints are taken outside the lock; only the adding is shared.
            profile.withLock { $0.add(distinctFingerprints: learned.fingerprints, site: learned.site) }
        }
        batchProfile = profile.withLock { profile in
            defer { profile = SiteProfile() }
            return profile
        }
    }
}
