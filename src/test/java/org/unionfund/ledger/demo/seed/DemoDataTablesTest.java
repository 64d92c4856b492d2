package org.unionfund.ledger.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.unionfund.ledger.kernel.UnionBodyLevel;

/** The divisions table and the generated identity numbers. */
class DemoDataTablesTest {

    private final Divisions divisions = Divisions.load();

    @Test
    void zhejiang_has_its_11_cities_and_90_county_level_divisions() {
        List<Division> cities = divisions.children("330000");
        assertThat(cities).extracting(Division::code).containsExactly("330100", "330200", "330300", "330400",
                "330500", "330600", "330700", "330800", "330900", "331000", "331100");
        assertThat(cities).extracting(Division::name).containsExactly("杭州市", "宁波市", "温州市", "嘉兴市",
                "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市");
        assertThat(divisions.counties("330000")).hasSize(90);
        assertThat(divisions.children("330100")).extracting(Division::code).containsExactly("330102", "330105",
                "330106", "330108", "330109", "330110", "330111", "330112", "330113", "330114", "330122", "330127",
                "330182");
        assertThat(divisions.get("330105").unionName()).isEqualTo("拱墅区总工会");
        assertThat(divisions.get("330000").unionName()).isEqualTo("浙江省总工会");
        assertThat(divisions.counties("330000")).allSatisfy(county -> assertThat(county.weight()).isPositive());
    }

    @Test
    void every_code_lies_in_its_parents_area_and_has_the_level_its_form_says() {
        for (String root : List.of("330000", "520000", "210200")) {
            for (Division division : divisions.tree(root)) {
                assertThat(division.code()).matches("[1-9][0-9]{5}");
                if (division.parent() == null) {
                    assertThat(division.code()).isEqualTo(root);
                    continue;
                }
                Division parent = divisions.get(division.parent());
                String area = parent.level() == UnionBodyLevel.PROVINCE ? parent.code().substring(0, 2)
                        : parent.code().substring(0, 4);
                assertThat(division.code()).as(division.name()).startsWith(area);
                assertThat(division.level().ordinal()).isGreaterThan(parent.level().ordinal());
                assertThat(division.name()).matches(".+(市|区|县|州)");
            }
        }
        assertThat(divisions.tree("520000")).filteredOn(d -> d.level() == UnionBodyLevel.COUNTY).hasSize(10);
        assertThat(divisions.children("210200")).extracting(Division::code).contains("210202", "210203", "210204",
                "210211").hasSize(10);
    }

    @Test
    void identity_numbers_carry_the_gb_11643_check_character() {
        // The standard's own example.
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
        assertThat(IdNumbers.of("330105", LocalDate.of(1990, 1, 1), 123)).startsWith("33010519900101123")
                .satisfies(number -> assertThat(IdNumbers.isValid(number)).isTrue());
    }

    @Test
    void generated_people_have_distinct_valid_numbers() {
        PersonFactory people = new PersonFactory(7);
        Set<String> numbers = new HashSet<>();
        for (long index = 0; index < 200_000; index++) {
            String number = people.idNumber(index, index % 3 == 0 ? "330105" : "341221");
            assertThat(IdNumbers.isValid(number)).as(number).isTrue();
            int born = Integer.parseInt(number.substring(6, 10));
            assertThat(born).isBetween(1966, 2003);
            numbers.add(number.substring(6));
        }
        assertThat(numbers).hasSize(200_000);
        assertThat(new PersonFactory(7).idNumber(42, "330105")).isEqualTo(people.idNumber(42, "330105"));
    }
}
