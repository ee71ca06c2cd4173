package cn.ezhou.yshj.observer;

/** A generated appointment letter (聘书) as a Word document. */
public record AppointmentLetter(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
