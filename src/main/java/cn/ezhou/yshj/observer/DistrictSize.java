package cn.ezhou.yshj.observer;

/** District-level observers serving in one district on the day a year's corps size is read. */
public record DistrictSize(String districtCode, long serving) {
}
