package org.unionfund.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.testsupport.ResidentIds;
import org.unionfund.ledger.testsupport.Patience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends {@value #REQUESTS} malformed or hostile requests (seed {@value #SEED}, so a failure reproduces) across every
 * write endpoint, as the system user so that scope is not what refuses them: valid requests with one to three fields
 * replaced by values that can never be valid for that field (huge, tiny and non-finite numbers, {@code 1e309},
 * negative and over-precise amounts, unicode look-alikes, operator objects such as {@code {"$gt": ""}}, path
 * traversal), unknown fields ({@code @class}, {@code $where}), random JSON, truncated and duplicate-key JSON, wrong
 * content types and methods, hostile path segments and Idempotency-Keys, bodies above the 1 MB limit, and the
 * classes of {@link HostileCases} (multipart without boundary, null list elements, numbers and booleans for strings,
 * blank booleans, unsafe Unicode, look-alike codes, random content types). Each one
 * must be refused with a 4xx problem+json document — never a 5xx, never a success — and the event store must hold
 * exactly as many commit documents afterwards as before.
 */
class HostileInputFuzzTest extends SecurityHttpTestBase {

    static final long SEED = 20_250_506L;
    static final int REQUESTS = 7_000;
    /** Share (in percent) of the requests drawn from {@link HostileCases}, the classes of issue 20. */
    static final int NEW_CLASSES = 30;
    /** Concurrent clients; the requests themselves are generated in order from the seed. */
    static final int CLIENTS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random = new Random(SEED);
    private final ResidentIds ids = new ResidentIds(SEED);
    private final HostileCases cases = new HostileCases(random);
    private int serial;

    /** A write endpoint: path (with {trip}, {programme}, {year} for hostile path segments) and a valid body. */
    record Endpoint(String path, String body) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/v1/bodies", """
                    {"bodyId": "{k}", "name": "基层工会", "level": "GRASSROOTS", "parentId": "330105"}"""),
            new Endpoint("/api/v1/funds", """
                    {"fundId": "{k}", "bodyId": "330105", "year": 2025, "purpose": "OTHER", "total": "10.00",
                     "effectiveDate": "2025-02-01", "earmarks": [{"code": "E1", "amount": "1.00",
                     "eligibility": {"ownerships": ["NON_PUBLIC"], "categories": ["NEW_FORM"]}}]}"""),
            new Endpoint("/api/v1/allocations", """
                    {"allocationId": "{k}", "fromBodyId": "330000", "fundId": "ZJ-SEC-FUND", "earmark": "E0",
                     "toBodyId": "330100", "amount": "1.00", "effectiveDate": "2025-03-01",
                     "matching": {"ratioBasisPoints": 10000, "deadline": "2025-12-31"}}"""),
            new Endpoint("/api/v1/subsidies", """
                    {"subsidyId": "{k}", "fromBodyId": "330000", "fundId": "ZJ-SEC-FUND", "year": 2025,
                     "effectiveDate": "2025-04-01", "grants": [{"toBodyId": "330200", "amount": "1.00"}]}"""),
            new Endpoint("/api/v1/shared-costs", """
                    {"postingId": "{k}", "description": "共担", "expenseCategory": "OTHER",
                     "effectiveDate": "2025-05-01", "legs": [{"bodyId": "330100", "fundId": "HZ-SEC-FUND",
                     "amount": "1.00"}, {"bodyId": "330105", "fundId": "GS-SEC-FUND", "amount": "1.00"}]}"""),
            new Endpoint("/api/v1/standards", """
                    {"standardId": "{k}", "regionBodyId": "330200", "kind": "DAILY_PRICE_CAP",
                     "value": {"amount": "550.00"}, "effectiveFrom": "2025-07-01"}"""),
            new Endpoint("/api/v1/contractors", """
                    {"contractorId": "{k}", "name": "旅行社", "kind": "LICENSED_TRAVEL_AGENCY",
                     "licenceNumber": "L-1"}"""),
            new Endpoint("/api/v1/destinations", """
                    {"destinationId": "{k}", "name": "基地", "regionCode": "330523", "pairedAidRegion": false}"""),
            new Endpoint("/api/v1/programmes", """
                    {"programmeId": "{k}", "bodyId": "330105", "year": 2025, "name": "项目", "plannedHeadcount": 10,
                     "eligibleCategories": ["FRONTLINE"], "tripDays": [3], "frequencyRule": "ONCE_PER_YEAR",
                     "annualCapPerWorker": "3000.00", "effectiveDate": "2025-03-01",
                     "budget": [{"fundId": "GS-SEC-FUND", "amount": "10.00"}]}"""),
            new Endpoint("/api/v1/programmes/{programme}/budget", """
                    {"topUpId": "{k}", "lines": [{"fundId": "GS-SEC-FUND", "amount": "1.00"}],
                     "effectiveDate": "2025-03-02"}"""),
            new Endpoint("/api/v1/trips", """
                    {"tripId": "{k}", "programmeId": "SEC-GS-PROG", "contractorId": "SEC-AGENCY",
                     "destinationId": "SEC-BASE", "startDate": "2025-05-10", "days": 3,
                     "pricePerPersonPerDay": "500.00"}"""),
            new Endpoint("/api/v1/trips/{trip}/participants", """
                    {"enrolmentId": "{k}", "participants": [{"participantId": "{k}", "idNumber": "{id}",
                     "category": "NEW_FORM", "newFormSubtype": "COURIER", "ownership": "NON_PUBLIC",
                     "employerName": "顺丰速运", "familyMember": false}]}"""),
            new Endpoint("/api/v1/trips/{trip}/settlement", """
                    {"settlementId": "{k}", "attendees": [{"participantId": "W-sys",
                     "line": {"fundId": "GS-SEC-FUND", "earmark": "E0"}}],
                     "defaultLine": {"fundId": "GS-SEC-FUND"}, "settledOn": "2025-05-09"}"""),
            new Endpoint("/api/v1/trips/{trip}/corrections/no-show", """
                    {"correctionId": "{k}", "participantId": "W-sys", "reason": "did not travel",
                     "effectiveDate": "2025-05-20"}"""),
            new Endpoint("/api/v1/trips/{trip}/corrections/category", """
                    {"correctionId": "{k}", "participantId": "W-sys", "category": "NEW_FORM",
                     "newFormSubtype": "DELIVERY_RIDER", "rechargeTo": {"fundId": "GS-SEC-FUND"},
                     "reason": "rider", "effectiveDate": "2025-05-20"}"""),
            new Endpoint("/api/v1/trips/{trip}/corrections/recharge", """
                    {"correctionId": "{k}", "participantId": "W-sys", "line": {"fundId": "GS-SEC-FUND"},
                     "reason": "line", "effectiveDate": "2025-05-20"}"""),
            new Endpoint("/api/v1/ledgers/{ledger}/allocations/A-SEC-HZ/matching-commitments", """
                    {"commitmentId": "{k}", "amount": "1.00", "effectiveDate": "2025-06-01"}"""),
            new Endpoint("/api/v1/ledgers/{ledger}/postings/A-SEC-GS/reversals", """
                    {"reversalId": "{k}", "legs": [{"leg": 0, "amount": "1.00"}, {"leg": 1, "amount": "1.00"}],
                     "reason": "fuzz", "effectiveDate": "2025-06-01", "correction": false}"""),
            new Endpoint("/api/v1/bodies/330105/years/{year}/close", """
                    {"effectiveDate": "2041-12-31"}"""));

    // ---- values that are never valid for a field of the kind -------------------------------------------------

    private static final Set<String> ID_FIELDS = Set.of("bodyId", "parentId", "fundId", "allocationId",
            "fromBodyId", "toBodyId", "earmark", "code", "purpose", "subsidyId", "postingId", "expenseCategory",
            "standardId", "regionBodyId", "contractorId", "destinationId", "programmeId", "topUpId", "tripId",
            "enrolmentId", "participantId", "settlementId", "correctionId", "commitmentId", "reversalId",
            "regionCode");
    private static final Set<String> AMOUNT_FIELDS = Set.of("amount", "total", "pricePerPersonPerDay",
            "annualCapPerWorker");
    private static final Set<String> DATE_FIELDS = Set.of("effectiveDate", "startDate", "effectiveFrom", "deadline",
            "settledOn");
    private static final Set<String> INT_FIELDS = Set.of("year", "days", "plannedHeadcount", "ratioBasisPoints",
            "leg", "tripDays");
    private static final Set<String> ENUM_FIELDS = Set.of("level", "kind", "category", "ownership", "frequencyRule",
            "newFormSubtype", "eligibleCategories", "ownerships", "categories");
    private static final Set<String> BOOL_FIELDS = Set.of("familyMember", "pairedAidRegion", "correction");
    private static final Set<String> TEXT_FIELDS = Set.of("name", "description", "reason", "employerName",
            "licenceNumber");

    /** Raw values (JSON-encoded when sent) that are never ids of the safe alphabet. */
    private static final String[] BAD_IDS = {"$gt", "a$b", "$where", "../etc/passwd", "..\\x", "a b", "中文",
            "𝒳", "a\u0000b", "%2e%2e", "{\"$gt\": \"\"}", "x;drop", "a/b", "\u202eabc", "ａｂｃ", "١٢٣",
            "", "x".repeat(65), "330105\n", "<script>", "a\"b"};
    private static final String[] BAD_AMOUNTS = {"1e309", "-1e309", "1.5e3", "-100.00", "0.001", "1,000.00", "NaN",
            "Infinity", "", " 1.00", "１００.００", "100.00.00", "99999999999999999999999.00", "0x10", "1_000",
            "+1.00", "1.", ".5", "1e-400", "٣٠٠"};
    private static final String[] BAD_NUMBERS = {"1e309", "-1e309", "1e-400", "123456789012345678901234567890",
            "1.5", "-0.5", "2.5e3", "9223372036854775808"};
    private static final String[] BAD_DATES = {"2025-13-45", "2025-02-30", "yesterday", "2025-1-1", "2025/01/01",
            "20250101", "２０２５-０１-０１", "2025-01-01T00:00:00Z", "", "2025-01-01x"};
    private static final String[] BAD_ENUMS = {"NOPE", "frontline", "FRONTLINE ", "$gt", "中文", "PROVINCE;"};
    /** JSON texts. */
    private static final String[] BAD_BOOLEANS = {"\"yes\"", "\"true\"", "1", "0", "2.5", "{}", "[]"};
    /** JSON texts: operator objects and polymorphic-typing shapes. */
    private static final String[] OPERATORS = {"{\"$gt\": \"\"}", "{\"$ne\": null}", "{\"$where\": \"sleep(1)\"}",
            "{\"$regex\": \".*\"}", "[\"a\", \"b\"]", "{\"@class\": \"java.lang.Runtime\"}",
            "[\"java.util.HashMap\", {}]"};
    private static final String[] UNKNOWN_KEYS = {"@class", "$where", "__proto__", "constructor", "colour",
            "$gt", "bodyID", "amount ", "中文", "", "@type", "_id"};

    @Test
    void hostile_requests_are_refused_with_problems_and_write_nothing() throws Exception {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            attempts.add(next());
        }
        long before = commits();
        long started = System.nanoTime();
        Map<String, Integer> outcomes = new ConcurrentSkipListMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < attempts.size(); i++) {
                int index = i;
                Attempt attempt = attempts.get(i);
                sent.add(clients.submit(() -> {
                    Http.Reply reply = http.send(attempt.method, attempt.path, SYSTEM, attempt.contentType,
                            attempt.body, attempt.headers);
                    if (reply.status() < 400 || reply.status() > 499 || !reply.isProblem()
                            || reply.json() == null || !reply.json().hasNonNull("correlationId")) {
                        failures.add("#" + index + " " + attempt.kind + ": " + attempt.method + " " + attempt.path
                                + " [" + attempt.contentType + "]"
                                + " " + preview(attempt.body) + " -> " + reply.status() + " " + reply.raw());
                    }
                    outcomes.merge(reply.status() + " " + reply.rule(), 1, Integer::sum);
                }));
            }
            for (Future<?> future : sent) {
                future.get(Patience.HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println("fuzz: " + REQUESTS + " hostile requests in " + seconds + " s: " + outcomes);
        assertThat(failures).as("requests not refused with a 4xx problem").isEmpty();
        assertThat(commits()).as("commit documents after the fuzz").isEqualTo(before);
        assertThat(outcomes.keySet()).as("kinds of refusal").contains("400 invalid-value", "400 invalid-id",
                "400 invalid-amount", "400 unknown-field", "400 malformed-json", "413 payload-too-large",
                "415 unsupported-media-type", "400 null-element", "400 unsafe-text");
    }

    private record Attempt(String kind, String method, String path, String contentType, byte[] body,
            String... headers) {
    }

    private Attempt next() throws Exception {
        Endpoint endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
        String path = path(endpoint.path(), false);
        String valid = endpoint.body().replace("{k}", "FZ-" + (++serial)).replace("{id}", ids.next());
        if (!endpoint.path().contains("{year}") && random.nextInt(100) < NEW_CLASSES) {
            HostileCases.Case hostile = cases.next(valid);
            return new Attempt(hostile.kind(), "POST", path, hostile.contentType(),
                    hostile.body().getBytes(StandardCharsets.UTF_8));
        }
        int dice = random.nextInt(100);
        if (endpoint.path().contains("{year}") && dice < 80) {
            // closing a year needs no body: the path's year is what is always hostile here
            return json("bad-year", path, mutate(JSON.readTree(valid)));
        }
        if (dice < 40) {
            return json("field", path, mutate(JSON.readTree(valid)));
        }
        if (dice < 48) {
            ObjectNode tree = (ObjectNode) JSON.readTree(valid);
            ObjectNode target = randomObject(tree);
            target.set(pick(UNKNOWN_KEYS), hostileValue());
            return json("unknown-field", path, JSON.writeValueAsString(tree));
        }
        if (dice < 55) {
            return json("random-json", path, JSON.writeValueAsString(randomJson(0)));
        }
        if (dice < 65) {
            return json("malformed", path, malformed(valid));
        }
        if (dice < 73) {
            String[] types = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", null, "text/json", "application/octet-stream",
                    "application/json; charset=ebcdic"};
            String type = pick(types);
            return new Attempt("content-type", "POST", path, type, valid.getBytes(StandardCharsets.UTF_8));
        }
        if (dice < 78) {
            String[] methods = {"PUT", "PATCH", "DELETE"};
            return new Attempt("method", pick(methods), path, "application/json",
                    valid.getBytes(StandardCharsets.UTF_8));
        }
        if (dice < 87) {
            if (endpoint.path().contains("{")) {
                return json("path", path(endpoint.path(), true), valid);
            }
            return json("number", path, numbers(JSON.readTree(valid)));
        }
        if (dice < 89) {
            return json("oversized", path, oversized(valid));
        }
        if (dice < 95) {
            ObjectNode tree = (ObjectNode) JSON.readTree(valid);
            String idField = tree.fieldNames().next();
            tree.remove(idField);
            String[] keys = {"$gt", "a b", "{\"$gt\":\"\"}", "x".repeat(65), "../x", "%E4%B8%AD", "a;b"};
            return new Attempt("idempotency-key", "POST", path, "application/json",
                    mutate(tree).getBytes(StandardCharsets.UTF_8), "Idempotency-Key", pick(keys));
        }
        return json("number", path, numbers(JSON.readTree(valid)));
    }

    private Attempt json(String kind, String path, String body) {
        return new Attempt(kind, "POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private String path(String template, boolean hostile) {
        String[] bad = {"%24gt", "..", "%2e%2e", "a%2Fb", "a%00b", "%E4%B8%AD", "x".repeat(100),
                URLEncoder.encode("{\"$gt\":\"\"}", StandardCharsets.UTF_8), "a%20b", "%5C", "a;b=c", ".",
                "%252e%252e", "a%0Ab", "%C0%AE%C0%AE"};
        String[] badYears = {"twenty", "2025.5", "99999999999", "1e3", "%24gt", "..", "0x7E9", "2025%00"};
        String result = template;
        for (String variable : List.of("{trip}", "{programme}", "{ledger}")) {
            String good = switch (variable) {
                case "{trip}" -> "SEC-GS-T1";
                case "{programme}" -> "SEC-GS-PROG";
                default -> "330000";
            };
            result = result.replace(variable, hostile && random.nextBoolean() ? pick(bad) : good);
        }
        if (result.contains("{year}")) {
            result = result.replace("{year}", pick(badYears));
        } else if (hostile && result.equals(template.replace("{trip}", "SEC-GS-T1")
                .replace("{programme}", "SEC-GS-PROG").replace("{ledger}", "330000"))) {
            result = result.replaceFirst("SEC-GS-T1|SEC-GS-PROG|330000", pick(bad));
        }
        return result;
    }

    /** Replaces one to three leaves by values that are invalid for their field; always at least one. */
    private String mutate(JsonNode tree) throws Exception {
        List<Leaf> leaves = new ArrayList<>();
        collect(tree, null, leaves);
        int n = 1 + random.nextInt(3);
        int done = 0;
        for (int attempt = 0; attempt < 20 && done < n && !leaves.isEmpty(); attempt++) {
            Leaf leaf = leaves.get(random.nextInt(leaves.size()));
            String hostile = hostileFor(leaf.name);
            if (hostile == null) {
                continue;
            }
            JsonNode value = JSON.readTree(hostile);
            if (leaf.parent instanceof ObjectNode object) {
                object.set(leaf.key, value);
            } else {
                ((ArrayNode) leaf.parent).set(leaf.index, value);
            }
            done++;
        }
        if (done == 0) {
            String field = tree.fieldNames().hasNext() ? tree.fieldNames().next() : pick(UNKNOWN_KEYS);
            ((ObjectNode) tree).set(field, JSON.readTree(pick(OPERATORS)));
        }
        return JSON.writeValueAsString(tree);
    }

    private record Leaf(JsonNode parent, String key, int index, String name) {
    }

    private void collect(JsonNode node, String name, List<Leaf> leaves) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                leaves.add(new Leaf(object, field.getKey(), -1, field.getKey()));
                collect(field.getValue(), field.getKey(), leaves);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (!array.get(i).isContainerNode()) {
                    leaves.add(new Leaf(array, null, i, name + "[]"));
                }
                collect(array.get(i), name, leaves);
            }
        }
    }

    /** A JSON text that is never valid for a field of this name; null when the field is not classified. */
    private String hostileFor(String name) {
        boolean item = name.endsWith("[]");
        String field = item ? name.substring(0, name.length() - 2) : name;
        if (random.nextInt(5) == 0) {
            return pick(OPERATORS);
        }
        if (ID_FIELDS.contains(field) && !item) {
            return quote(pick(BAD_IDS));
        }
        if (AMOUNT_FIELDS.contains(field)) {
            return random.nextBoolean() ? quote(pick(BAD_AMOUNTS)) : pick(BAD_NUMBERS);
        }
        if (DATE_FIELDS.contains(field)) {
            return random.nextInt(4) == 0 ? pick(new String[] {"20250101", "1e309", "-1"}) : quote(pick(BAD_DATES));
        }
        if (INT_FIELDS.contains(field) && (item || !field.equals("tripDays"))) {
            return random.nextBoolean() ? pick(BAD_NUMBERS) : quote(pick(new String[] {"abc", "", "三", "1e3x"}));
        }
        if (ENUM_FIELDS.contains(field) && (item || Set.of("level", "kind", "category", "ownership",
                "frequencyRule", "newFormSubtype").contains(field))) {
            return random.nextBoolean() ? quote(pick(BAD_ENUMS)) : pick(new String[] {"0", "1", "2.5"});
        }
        if (BOOL_FIELDS.contains(field)) {
            return pick(BAD_BOOLEANS);
        }
        if (TEXT_FIELDS.contains(field)) {
            return quote("长".repeat(600));
        }
        if (field.equals("idNumber")) {
            return quote(pick(new String[] {"123", "33010519900101123A", "$gt", "3301051990010112345", "",
                    "33010519900101123Y", "３３０１０５１９９００１０１１２３４"}));
        }
        return null;
    }

    private String numbers(JsonNode tree) throws Exception {
        List<Leaf> leaves = new ArrayList<>();
        collect(tree, null, leaves);
        for (Leaf leaf : leaves) {
            String field = leaf.name.endsWith("[]") ? leaf.name.substring(0, leaf.name.length() - 2) : leaf.name;
            if (AMOUNT_FIELDS.contains(field) || INT_FIELDS.contains(field) && !field.equals("tripDays")
                    || leaf.name.equals("tripDays[]")) {
                JsonNode value = JSON.readTree(pick(BAD_NUMBERS));
                if (leaf.parent instanceof ObjectNode object) {
                    object.set(leaf.key, value);
                } else {
                    ((ArrayNode) leaf.parent).set(leaf.index, value);
                }
                return JSON.writeValueAsString(tree);
            }
        }
        return mutate(tree);
    }

    private ObjectNode randomObject(ObjectNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        objects.add(root);
        root.findParents("amount").forEach(node -> {
            if (node instanceof ObjectNode object) {
                objects.add(object);
            }
        });
        return objects.get(random.nextInt(objects.size()));
    }

    private JsonNode hostileValue() throws Exception {
        return JSON.readTree(random.nextBoolean() ? pick(OPERATORS) : quote(pick(BAD_IDS)));
    }

    private JsonNode randomJson(int depth) {
        int type = random.nextInt(depth > 3 ? 5 : 7);
        return switch (type) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.textNode(randomText());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(300) - 150));
            case 5 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomJson(depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                object.set("x" + randomText(), randomJson(depth + 1));
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(randomText(), randomJson(depth + 1));
                }
                yield object;
            }
        };
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            int kind = random.nextInt(4);
            text.appendCodePoint(switch (kind) {
                case 0 -> 'a' + random.nextInt(26);
                case 1 -> 0x4E00 + random.nextInt(0x5000);
                case 2 -> 0x1F600 + random.nextInt(80);
                default -> 0x20 + random.nextInt(0x5F);
            });
        }
        return text.toString();
    }

    private String malformed(String valid) {
        return switch (random.nextInt(9)) {
            case 0 -> valid.substring(0, 1 + random.nextInt(valid.length() - 2));
            case 1 -> valid + " x";
            case 2 -> valid + " {}";
            case 3 -> valid.replace('"', '\'');
            case 4 -> valid.replaceFirst("\\{", "{ /* comment */ ");
            case 5 -> valid.replaceFirst("\"([A-Za-z]+)\": ", "\"$1\": NaN, \"$1\": ");
            case 6 -> valid.replaceFirst("\\{", "{\"" + firstKey(valid) + "\": \"dup\", ");
            case 7 -> "[".repeat(2_000) + "]".repeat(2_000);
            default -> valid.replaceFirst(",", ",,");
        };
    }

    private static String firstKey(String json) {
        int start = json.indexOf('"') + 1;
        return json.substring(start, json.indexOf('"', start));
    }

    /** The valid request grown past the 1 MB limit: one huge string, or a huge array of small ones. */
    private String oversized(String valid) {
        int size = 1_048_577 + random.nextInt(900_000);
        String filler = random.nextBoolean() ? "\"" + "x".repeat(size) + "\""
                : "[" + "\"0123456789\",".repeat(size / 13 + 1) + "\"0\"]";
        return "{\"filler\": " + filler + ", " + valid.substring(valid.indexOf('{') + 1);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The JSON string of a raw value. */
    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String preview(byte[] body) {
        if (body == null) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…(" + body.length + " bytes)" : text;
    }
}
