package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.Size;

/** A member of the public objects to a candidate under publicity. */
public record ObjectionCommand(
        long observerId,
        @RequiredText(message = "observer.error.objectorName") @Stored("objection.lodged_by") @Size(max = 30, message = "observer.error.tooLong") String name,
        @RequiredText(message = "observer.error.contact") @Stored("objection.contact") @Size(max = 60, message = "observer.error.tooLong") String contact,
        @RequiredText(message = "observer.error.objectionReason") @Stored("objection.reason") @Size(max = 2000, message = "observer.error.tooLong") String reason) {
}
