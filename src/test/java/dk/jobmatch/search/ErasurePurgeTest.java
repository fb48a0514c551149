package dk.jobmatch.search;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a Lucene document only marks it deleted; its terms stay in the segment files until a
 * merge. Erasing a citizen must not leave them there: the next commit purges them from disk.
 */
@ServerTest
class ErasurePurgeTest extends ApiTestSupport {

    @Inject
    LuceneIndex index;
    @Inject
    IndexSynchronizer synchronizer;
    @Value("${jobmatch.search.index-path}")
    String indexPath;

    @Test
    void erasedCitizensTermsAreGoneFromTheCommittedIndexFiles() throws IOException {
        String kept = api.createCitizen(consultant, TestData.citizen("Lager", "lager"));
        String erased = api.createCitizen(consultant, TestData.citizen("Klovnekunst", "klovnekunst"));
        // A rebuild writes both into one segment; a segment whose documents are all deleted
        // would be dropped anyway and prove nothing.
        synchronizer.rebuild();
        assertThat(committedTerms("competences")).contains("klovnekunst");

        api.as(consultant).delete("/api/v1/citizens/" + erased).then().statusCode(204);
        index.commit();

        assertThat(committedTerms("competences")).doesNotContain("klovnekunst").contains("lager");
        assertThat(committedIdsIncludingDeleted()).contains(kept).doesNotContain(erased);
    }

    private Set<String> committedTerms(String field) throws IOException {
        Set<String> terms = new HashSet<>();
        try (Directory directory = FSDirectory.open(Path.of(indexPath)); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms leafTerms = leaf.reader().terms(field);
                if (leafTerms == null) {
                    continue;
                }
                TermsEnum iterator = leafTerms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    terms.add(term.utf8ToString());
                }
            }
        }
        return terms;
    }

    // Ids are read for every document number, live or not, as an attacker with disk access would.
    private Set<String> committedIdsIncludingDeleted() throws IOException {
        Set<String> ids = new HashSet<>();
        try (Directory directory = FSDirectory.open(Path.of(indexPath)); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues values = leaf.reader().getBinaryDocValues(LuceneIndex.ID);
                while (values != null && values.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    ids.add(values.binaryValue().utf8ToString());
                }
            }
        }
        return ids;
    }
}
