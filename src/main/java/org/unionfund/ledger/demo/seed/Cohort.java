package org.unionfund.ledger.demo.seed;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;

/**
 * Who goes on a trip: the mix of worker categories, new-form subtypes, employer ownerships and employers a trip's
 * participants are drawn from. Employers of new-form workers are the firms named in the seed reports (顺丰, 美团,
 * 德邦) and other well-known platforms; other employers are generic labels, not real firms.
 */
public enum Cohort {

    /** A city district's frontline workers (拱墅, 西湖, 上城, 鄞州): state organs and institutions, SOEs, private firms. */
    URBAN_FRONTLINE(EnumSet.of(WorkerCategory.FRONTLINE, WorkerCategory.MODEL_WORKER, WorkerCategory.NEW_FORM)),
    /** A county's frontline workers, more private manufacturing; some hardship workers (困难职工). */
    COUNTY_FRONTLINE(EnumSet.allOf(WorkerCategory.class)),
    /** 顺丰 couriers (Gongshu's dedicated trip for 80). */
    SF_COURIERS(EnumSet.of(WorkerCategory.NEW_FORM)),
    /** 美团 riders (Gongshu's dedicated trip for 71). */
    MEITUAN_RIDERS(EnumSet.of(WorkerCategory.NEW_FORM)),
    /** Other new-form firms: delivery, express, ride-hailing and freight platforms. */
    NEW_FORM_MIX(EnumSet.of(WorkerCategory.NEW_FORM)),
    /** Yiwu-style logistics: couriers and truck drivers with warehouse and market frontline workers. */
    LOGISTICS(EnumSet.of(WorkerCategory.FRONTLINE, WorkerCategory.NEW_FORM)),
    /** Model workers and craftsmen (劳模工匠). */
    MODEL_WORKERS(EnumSet.of(WorkerCategory.MODEL_WORKER));

    private static final String[] COURIER_FIRMS = {"中通快递", "圆通速递", "韵达快递", "申通快递", "京东物流", "德邦快递",
            "极兔速递"};
    private static final String[] RIDER_PLATFORMS = {"饿了么", "美团"};
    private static final String[] RIDE_HAILING = {"滴滴出行", "曹操出行"};
    private static final String[] FREIGHT = {"货拉拉", "满帮"};
    private static final String[] INSTITUTIONS = {"环卫中心", "市政养护所", "公立医院", "公共服务中心", "中小学"};
    private static final String[] STATE_FIRMS = {"公交集团", "地铁运营公司", "供电公司", "水务集团", "燃气公司"};
    private static final String[] PRIVATE_TRADES = {"纺织", "机械制造", "电子", "物业服务", "餐饮", "建筑施工", "商贸",
            "汽配", "服装", "食品"};
    private static final String[] MIGRANT_ORIGINS = {"341221", "341222", "341226", "341322", "341523", "360730",
            "360731", "360735", "511623", "511921", "520526", "522632"};

    private final Set<WorkerCategory> categories;

    Cohort(Set<WorkerCategory> categories) {
        this.categories = categories;
    }

    /** Every category this cohort can produce; a programme using it must make them eligible. */
    public Set<WorkerCategory> categories() {
        return categories;
    }

    /** The worker of this index as drawn for this cohort in {@code county} (of city {@code city}). */
    public PersonSpec person(long seed, long index, Division county, Division city) {
        SplittableRandom rng = new SplittableRandom(mix(seed, index * 31 + ordinal()));
        int roll = rng.nextInt(100);
        return switch (this) {
            case URBAN_FRONTLINE -> roll < 90 ? frontline(rng, index, county, city, 15, 25)
                    : roll < 95 ? modelWorker(rng, index, county, city) : newForm(rng, index, county, null);
            case COUNTY_FRONTLINE -> roll < 85 ? frontline(rng, index, county, city, 12, 18)
                    : roll < 89 ? modelWorker(rng, index, county, city)
                    : roll < 97 ? newForm(rng, index, county, null) : hardship(rng, index, county);
            case SF_COURIERS -> worker(rng, index, county, WorkerCategory.NEW_FORM, NewFormSubtype.COURIER,
                    EmployerOwnership.NON_PUBLIC, "顺丰速运");
            case MEITUAN_RIDERS -> worker(rng, index, county, WorkerCategory.NEW_FORM, NewFormSubtype.DELIVERY_RIDER,
                    EmployerOwnership.PLATFORM, "美团");
            case NEW_FORM_MIX -> newForm(rng, index, county, "美团");
            case LOGISTICS -> roll < 45 ? newForm(rng, index, county, null)
                    : worker(rng, index, county, WorkerCategory.FRONTLINE, null, EmployerOwnership.NON_PUBLIC,
                            county.name() + pick(rng, new String[] {"仓储物流", "小商品市场", "电商", "包装"})
                                    + "企业" + two(rng.nextInt(1, 40)));
            case MODEL_WORKERS -> modelWorker(rng, index, county, city);
        };
    }

    private static PersonSpec frontline(SplittableRandom rng, long index, Division county, Division city,
            int institutionPercent, int stateOwnedPercent) {
        int roll = rng.nextInt(100);
        if (roll < institutionPercent) {
            return worker(rng, index, county, WorkerCategory.FRONTLINE, null,
                    EmployerOwnership.STATE_ORGAN_OR_INSTITUTION, county.name() + pick(rng, INSTITUTIONS));
        }
        if (roll < institutionPercent + stateOwnedPercent) {
            return worker(rng, index, county, WorkerCategory.FRONTLINE, null, EmployerOwnership.STATE_OWNED,
                    city.shortName() + pick(rng, STATE_FIRMS));
        }
        return worker(rng, index, county, WorkerCategory.FRONTLINE, null, EmployerOwnership.NON_PUBLIC,
                privateFirm(rng, county));
    }

    private static PersonSpec modelWorker(SplittableRandom rng, long index, Division county, Division city) {
        int roll = rng.nextInt(100);
        if (roll < 20) {
            return worker(rng, index, county, WorkerCategory.MODEL_WORKER, null,
                    EmployerOwnership.STATE_ORGAN_OR_INSTITUTION, county.name() + pick(rng, INSTITUTIONS));
        }
        if (roll < 60) {
            return worker(rng, index, county, WorkerCategory.MODEL_WORKER, null, EmployerOwnership.STATE_OWNED,
                    city.shortName() + pick(rng, STATE_FIRMS));
        }
        return worker(rng, index, county, WorkerCategory.MODEL_WORKER, null, EmployerOwnership.NON_PUBLIC,
                privateFirm(rng, county));
    }

    private static PersonSpec hardship(SplittableRandom rng, long index, Division county) {
        return worker(rng, index, county, WorkerCategory.HARDSHIP, null, EmployerOwnership.NON_PUBLIC,
                privateFirm(rng, county));
    }

    /** A new-form worker; {@code excluded} keeps a firm out (its workers have a dedicated trip). */
    private static PersonSpec newForm(SplittableRandom rng, long index, Division county, String excluded) {
        int roll = rng.nextInt(100);
        if (roll < 45) {
            return worker(rng, index, county, WorkerCategory.NEW_FORM, NewFormSubtype.COURIER,
                    EmployerOwnership.NON_PUBLIC, pick(rng, COURIER_FIRMS));
        }
        if (roll < 80) {
            String platform = pick(rng, RIDER_PLATFORMS);
            if (platform.equals(excluded)) {
                platform = RIDER_PLATFORMS[0];
            }
            return worker(rng, index, county, WorkerCategory.NEW_FORM, NewFormSubtype.DELIVERY_RIDER,
                    EmployerOwnership.PLATFORM, platform);
        }
        if (roll < 92) {
            return worker(rng, index, county, WorkerCategory.NEW_FORM, NewFormSubtype.RIDE_HAILING_DRIVER,
                    EmployerOwnership.PLATFORM, pick(rng, RIDE_HAILING));
        }
        return worker(rng, index, county, WorkerCategory.NEW_FORM, NewFormSubtype.TRUCK_DRIVER,
                EmployerOwnership.PLATFORM, pick(rng, FREIGHT));
    }

    private static PersonSpec worker(SplittableRandom rng, long index, Division county, WorkerCategory category,
            NewFormSubtype subtype, EmployerOwnership ownership, String employer) {
        boolean local = rng.nextInt(100) < (ownership == EmployerOwnership.NON_PUBLIC
                || ownership == EmployerOwnership.PLATFORM ? 55 : 85);
        String home = local ? county.code() : pick(rng, MIGRANT_ORIGINS);
        return new PersonSpec(index, category, subtype, ownership, employer, home);
    }

    private static String privateFirm(SplittableRandom rng, Division county) {
        return county.name() + pick(rng, PRIVATE_TRADES) + "企业" + two(rng.nextInt(1, 60));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static String pick(SplittableRandom rng, String[] values) {
        return values[rng.nextInt(values.length)];
    }

    /** SplitMix64 finaliser over the seed and a value: a well-spread, JVM-independent seed. */
    public static long mix(long seed, long value) {
        long z = seed + 0x9E3779B97F4A7C15L * (value + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
