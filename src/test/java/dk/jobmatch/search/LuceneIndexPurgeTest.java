package dk.jobmatch.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a large segment a delete only marks the document; merges reclaim it some day. A purging
 * delete must leave no trace of the document's terms in the committed files.
 */
class LuceneIndexPurgeTest {

    private static final int DOCUMENTS = 300;

    @TempDir
    Path dir;

    @Test
    void ordinaryDeleteLeavesTermsOnDiskUntilAMerge() throws IOException {
        assertThat(termFrequencyOnDiskAfterDeleting(false)).isEqualTo(1);
    }

    @Test
    void purgingDeleteRemovesTheTermsFromDiskAtCommit() throws IOException {
        assertThat(termFrequencyOnDiskAfterDeleting(true)).isZero();
    }

    private int termFrequencyOnDiskAfterDeleting(boolean purge) throws IOException {
        AnalyzerFactory analysis = new AnalyzerFactory();
        try (LuceneIndex index = new LuceneIndex(dir.toString(), analysis.indexAnalyzer(), analysis.conceptAnalyzer(), analysis.fingerprint())) {
            for (int i = 0; i < DOCUMENTS; i++) {
                index.upsert(IndexDocument.builder("citizen", "c" + i).text("competences", "lager").build());
            }
            index.upsert(IndexDocument.builder("citizen", "secret").text("competences", "klovnekunst").build());
            index.publish(1);
            index.commit();

            index.delete("citizen", "secret", purge);
            index.publish(2);
            index.commit();
        }
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            int frequency = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                // docFreq counts deleted documents too: it reads what is in the files.
                frequency += leaf.reader().docFreq(new Term("competences", "klovnekunst"));
            }
            return frequency;
        }
    }
}
