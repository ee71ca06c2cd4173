package cn.ezhou.yshj.opendata.api.model;

import io.swagger.v3.oas.annotations.media.Schema;

/** A unit, industry tag or domain: its code and its Chinese and (where kept) English name. */
@Schema(description = "A unit, industry tag or domain by code, with its Chinese and English name")
public record Named(String code, String name, String nameEn) {
}
