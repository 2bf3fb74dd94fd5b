package dev.easel.audit;

/**
 * The result of walking the decision log's hash chain.
 *
 * @param intact         whether every record is as it was written and none is missing
 * @param recordsChecked how many records were read
 * @param firstBrokenId  the first record that does not match its hash or its predecessor (null when intact)
 * @param problem        what is wrong with that record, in words
 */
public record ChainVerification(boolean intact, long recordsChecked, Long firstBrokenId, String problem) {

    static ChainVerification ok(long recordsChecked) {
        return new ChainVerification(true, recordsChecked, null, null);
    }

    static ChainVerification broken(long recordsChecked, long id, String problem) {
        return new ChainVerification(false, recordsChecked, id, problem);
    }
}
