package org.unionfund.ledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.bson.Document;
import org.springframework.boot.test.system.CapturedOutput;

import com.mongodb.client.MongoDatabase;

/**
 * Worker identity numbers are personal information: after a scenario, none may be found in any document of any
 * collection of the database, nor in the captured log output — in any of its forms (as given, upper and lower case
 * check character, and the 17 digits before the check character).
 */
public final class PersonalDataScan {

    private PersonalDataScan() {
    }

    /** Scans and returns how many documents were looked at. */
    public static int assertNoIdNumbers(MongoDatabase database, CapturedOutput output, Collection<String> idNumbers) {
        List<String> forms = forms(idNumbers);
        int documents = 0;
        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                String text = document.toJson();
                documents++;
                for (String form : forms) {
                    assertThat(text).as("collection %s", collection).doesNotContain(form);
                }
            }
        }
        String log = output.getAll();
        for (String form : forms) {
            assertThat(log).as("log output").doesNotContain(form);
        }
        return documents;
    }

    private static List<String> forms(Collection<String> idNumbers) {
        List<String> forms = new ArrayList<>();
        for (String id : idNumbers) {
            String trimmed = id.strip();
            forms.add(trimmed.toUpperCase(Locale.ROOT));
            forms.add(trimmed.toLowerCase(Locale.ROOT));
            if (trimmed.length() == 18) {
                forms.add(trimmed.substring(0, 17));
            }
        }
        return forms;
    }
}
