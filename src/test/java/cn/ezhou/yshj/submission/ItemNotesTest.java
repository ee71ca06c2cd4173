package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.support.PortalTest;

@PortalTest
class ItemNotesTest extends ItemNotesContract {
}
