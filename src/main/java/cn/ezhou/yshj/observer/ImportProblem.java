package cn.ezhou.yshj.observer;

/** Why a row of an imported roster was refused: row (as numbered in the spreadsheet), column and reason key. */
public record ImportProblem(int row, String column, String reasonKey) {
}
