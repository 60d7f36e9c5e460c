"""The randomisation list of the randomised stage (cellchain.trial.randomisation_rules): seeded
permuted blocks, the statistician's CSV import, the next slot and the list's fingerprint."""

from __future__ import annotations

import hashlib
import tomllib
from collections import Counter
from itertools import groupby
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cellchain.errors import BadInput, Conflict
from cellchain.trial.randomisation_rules import (
    Arm,
    RandomisationSettings,
    Slot,
    check_settings,
    format_list_csv,
    generate_list,
    list_fingerprint,
    next_slot,
    parse_list_csv,
    randomisation_settings_from_mapping,
    ratio_sum,
)

TRIAL_FILE = Path(__file__).parents[2] / "cellchain" / "trial" / "nct07212933.toml"
ONE_TO_ONE = (Arm("RAK", 1), Arm("CONTROL", 1))
TWO_TO_ONE = (Arm("RAK", 2), Arm("CONTROL", 1))
THREE_ARMS = (Arm("A", 1), Arm("B", 1), Arm("C", 1))
SHIPPED = RandomisationSettings((4, 6), (), 120)
STRATIFIED = RandomisationSettings((4, 6), ("ecog_0_1", "ecog_2_3"), 30)
PROPERTY = settings(derandomize=True, database=None, deadline=None, max_examples=60)


def _blocks(slots: tuple[Slot, ...]) -> list[list[Slot]]:
    return [list(group) for _, group in groupby(slots, key=lambda s: (s.stratum, s.block))]


def _refusal(text: str, arms: tuple[Arm, ...] = ONE_TO_ONE,
             strata: tuple[str, ...] = ()) -> BadInput:
    with pytest.raises(BadInput) as caught:
        parse_list_csv(text, arms, strata)
    return caught.value


def _csv(*rows: str) -> str:
    return "\n".join(("stratum,sequence,block,arm", *rows)) + "\n"


# --- settings ------------------------------------------------------------------------------

def test_the_shipped_trial_file_has_valid_randomisation_settings_for_its_arms() -> None:
    raw = tomllib.loads(TRIAL_FILE.read_text(encoding="utf-8"))
    arms = tuple(Arm(row["code"], row["ratio"]) for row in raw["arms"])
    assert arms == ONE_TO_ONE
    assert randomisation_settings_from_mapping(raw["randomisation"], arms) == SHIPPED


def test_settings_read_every_key_and_strata_are_optional() -> None:
    table = {"block_sizes": [2, 4], "strata": ["a", "b"], "list_length": 1}
    assert randomisation_settings_from_mapping(table, ONE_TO_ONE) == RandomisationSettings(
        (2, 4), ("a", "b"), 1)
    assert randomisation_settings_from_mapping({"block_sizes": [3], "list_length": 9},
                                               TWO_TO_ONE) == RandomisationSettings((3,), (), 9)


def test_an_unstratified_list_has_one_stratum_named_empty() -> None:
    assert SHIPPED.stratum_names == ("",)
    assert STRATIFIED.stratum_names == ("ecog_0_1", "ecog_2_3")


def _settings_error(table: dict[str, object], arms: tuple[Arm, ...] = ONE_TO_ONE) -> str:
    with pytest.raises(ValueError) as caught:
        randomisation_settings_from_mapping(table, arms)
    return str(caught.value)


def _table(**changes: object) -> dict[str, object]:
    return {"block_sizes": [4, 6], "strata": [], "list_length": 120, **changes}


@pytest.mark.parametrize("size", [5, 3, 0, -2, True, "4", 2.0])
def test_a_block_size_that_is_not_a_positive_multiple_of_the_ratio_sum_is_refused(
    size: object,
) -> None:
    assert _settings_error(_table(block_sizes=[4, size])) == (
        f"randomisation.block_sizes: {size!r} is not a positive multiple of 2, the sum of the "
        "arm ratios 1:1; a block must hold the arms in ratio")


def test_block_sizes_are_checked_against_the_arms_given() -> None:
    assert _settings_error(_table(block_sizes=[4]), TWO_TO_ONE) == (
        "randomisation.block_sizes: 4 is not a positive multiple of 3, the sum of the arm "
        "ratios 2:1; a block must hold the arms in ratio")
    assert randomisation_settings_from_mapping(_table(block_sizes=[3, 6]), TWO_TO_ONE)
    assert randomisation_settings_from_mapping(_table(block_sizes=[2]), ONE_TO_ONE)


def test_block_sizes_must_be_a_non_empty_list_without_repeats() -> None:
    assert _settings_error(_table(block_sizes=[])) == (
        "randomisation.block_sizes: give at least one block size")
    assert _settings_error(_table(block_sizes=4)) == (
        "randomisation.block_sizes: must be a list, got 4")
    assert _settings_error(_table(block_sizes=[4, 6, 4])) == (
        "randomisation.block_sizes: 4 appears more than once")


def test_strata_must_be_a_list_of_distinct_plain_names() -> None:
    assert _settings_error(_table(strata="ecog")) == (
        "randomisation.strata: must be a list, got 'ecog'")
    rule = "must be 1-40 letters, digits, '_', '.' or '-'"
    assert _settings_error(_table(strata=["ecog,0"])) == f"randomisation.strata: 'ecog,0' {rule}"
    assert _settings_error(_table(strata=[""])) == f"randomisation.strata: '' {rule}"
    assert _settings_error(_table(strata=[5])) == f"randomisation.strata: 5 {rule}"
    assert _settings_error(_table(strata=["x" * 41])) == (
        f"randomisation.strata: {'x' * 41!r} {rule}")
    assert randomisation_settings_from_mapping(_table(strata=["x" * 40, "A.b-9_"]), ONE_TO_ONE)
    assert _settings_error(_table(strata=["a", "b", "a"])) == (
        "randomisation.strata: a appears more than once")


@pytest.mark.parametrize("length", [0, -1, 10_001, True, "120", 1.5])
def test_list_length_outside_1_to_10000_is_refused(length: object) -> None:
    assert _settings_error(_table(list_length=length)) == (
        f"randomisation.list_length: must be a whole number from 1 to 10000, got {length!r}")


@pytest.mark.parametrize("length", [1, 10_000])
def test_list_length_bounds_are_accepted(length: int) -> None:
    assert randomisation_settings_from_mapping(_table(list_length=length), ONE_TO_ONE)


def test_missing_and_unknown_keys_are_refused_by_name() -> None:
    assert _settings_error({"list_length": 3}) == "randomisation.block_sizes: missing"
    assert _settings_error({"block_sizes": [2]}) == "randomisation.list_length: missing"
    assert _settings_error(_table(ratio="1:1", blocks=[4])) == (
        "randomisation.blocks: not a setting of the randomisation list (settings: block_sizes, "
        "list_length, strata)")


def test_arms_must_be_two_or_more_distinct_codes_with_whole_positive_ratios() -> None:
    assert ratio_sum(ONE_TO_ONE) == 2
    assert ratio_sum((Arm("A", 2), Arm("B", 3), Arm("C", 1))) == 6
    # a list, not a dict: Arm("B", True) and Arm("B", 1.0) are equal keys
    cases: list[tuple[tuple[Arm, ...], str]] = [
        ((Arm("RAK", 1),), "arms: a randomised stage needs at least 2 arms, got 1"),
        ((), "arms: a randomised stage needs at least 2 arms, got 0"),
        ((Arm("RAK", 1), Arm("RAK", 1)), "arms: code RAK appears more than once"),
        ((Arm("RAK", 0), Arm("B", 1)), "arms: ratio of RAK must be a whole number of at least "
                                      "1, got 0"),
        ((Arm("RAK", 1), Arm("B", True)), "arms: ratio of B must be a whole number of at least "
                                         "1, got True"),
        ((Arm("RAK", 1), Arm("B", 1.0)), "arms: ratio of B must be a whole number of at least "  # type: ignore[arg-type]
                                        "1, got 1.0"),
        ((Arm("R,AK", 1), Arm("B", 1)), "arms: code 'R,AK' must be 1-40 letters, digits, '_', "
                                       "'.' or '-'"),
    ]
    for arms, message in cases:
        with pytest.raises(ValueError) as caught:
            ratio_sum(arms)
        assert str(caught.value) == message


# --- generation ----------------------------------------------------------------------------

def test_a_seed_always_gives_the_same_list_pinned_here_so_a_change_of_algorithm_shows() -> None:
    small = RandomisationSettings((4, 6), (), 10)
    arms = [slot.arm[0] for slot in generate_list(ONE_TO_ONE, small, 1)]
    assert "".join(arms) == "CCRRRRRCCC"
    assert [(s.sequence, s.block, s.block_size) for s in generate_list(ONE_TO_ONE, small, 1)] \
        == [(n, 1, 4) for n in range(1, 5)] + [(n, 2, 6) for n in range(5, 11)]
    assert list_fingerprint(generate_list(ONE_TO_ONE, SHIPPED, 20261201)) == (
        list_fingerprint(generate_list(ONE_TO_ONE, SHIPPED, 20261201)))
    assert list_fingerprint(generate_list(ONE_TO_ONE, small, 1)) == (
        "8bb1cbf9f73912bae83c2cb045465e8b688d1bfd856a241f0066ae72fad80ff8")


def test_the_same_seed_gives_the_same_list_and_other_seeds_give_other_lists() -> None:
    assert generate_list(ONE_TO_ONE, SHIPPED, 7) == generate_list(ONE_TO_ONE, SHIPPED, 7)
    lists = {generate_list(ONE_TO_ONE, SHIPPED, seed) for seed in range(20)}
    assert len(lists) == 20


def test_generation_refuses_settings_that_do_not_fit_the_arms() -> None:
    with pytest.raises(ValueError, match="randomisation.block_sizes: 4 is not"):
        generate_list(TWO_TO_ONE, SHIPPED, 1)


@given(seed=st.integers(0, 2**64), arms=st.sampled_from([ONE_TO_ONE, TWO_TO_ONE, THREE_ARMS]),
       multiples=st.sets(st.integers(1, 4), min_size=1), length=st.integers(1, 40),
       strata=st.sampled_from([(), ("a",), ("ecog_0_1", "ecog_2_3")]))
@PROPERTY
def test_every_block_is_balanced_and_every_stratum_numbered_from_1(
    seed: int, arms: tuple[Arm, ...], multiples: set[int], length: int, strata: tuple[str, ...],
) -> None:
    total = sum(arm.ratio for arm in arms)
    sizes = tuple(sorted(m * total for m in multiples))
    chosen = RandomisationSettings(sizes, strata, length)
    slots = generate_list(arms, chosen, seed)
    for stratum in strata or ("",):
        mine = [s for s in slots if s.stratum == stratum]
        # whole blocks: at least list_length, and less than one more block beyond it
        assert length <= len(mine) < length + max(sizes)
        assert [s.sequence for s in mine] == list(range(1, len(mine) + 1))
        blocks = _blocks(tuple(mine))
        assert [b[0].block for b in blocks] == list(range(1, len(blocks) + 1))
        running: Counter[str] = Counter()
        for block in blocks:
            size = len(block)
            assert size in sizes and {s.block_size for s in block} == {size}
            counts = Counter(s.arm for s in block)
            assert counts == {arm.code: arm.ratio * size // total for arm in arms}
            running.update(counts)
            done = sum(running.values())
            assert running == {arm.code: arm.ratio * done // total for arm in arms}
    assert {s.stratum for s in slots} == set(strata or ("",))
    assert parse_list_csv(format_list_csv(slots), arms, strata) == slots


def test_a_list_ends_on_the_block_that_reaches_list_length() -> None:
    assert len(generate_list(ONE_TO_ONE, RandomisationSettings((2,), (), 4), 3)) == 4
    assert len(generate_list(ONE_TO_ONE, RandomisationSettings((2,), (), 5), 3)) == 6
    assert len(generate_list(ONE_TO_ONE, RandomisationSettings((4,), (), 1), 3)) == 4


def test_block_sizes_come_only_from_the_settings_and_all_of_them_are_used() -> None:
    slots = generate_list(ONE_TO_ONE, RandomisationSettings((2, 4, 8), (), 400), 11)
    assert {len(b) for b in _blocks(slots)} == {2, 4, 8}


def test_strata_each_get_their_own_balanced_list() -> None:
    slots = generate_list(ONE_TO_ONE, STRATIFIED, 5)
    first = [s for s in slots if s.stratum == "ecog_0_1"]
    second = [s for s in slots if s.stratum == "ecog_2_3"]
    assert len(first) + len(second) == len(slots)
    assert first[0].sequence == second[0].sequence == 1
    assert first[0].block == second[0].block == 1
    assert [s.arm for s in first] != [s.arm for s in second]


def test_a_two_to_one_block_holds_twice_as_many_of_the_first_arm() -> None:
    slots = generate_list(TWO_TO_ONE, RandomisationSettings((6,), (), 6), 2)
    assert Counter(s.arm for s in slots) == {"RAK": 4, "CONTROL": 2}


# --- CSV import ----------------------------------------------------------------------------

def test_a_generated_list_survives_export_and_import_stratified_and_not() -> None:
    for chosen in (SHIPPED, STRATIFIED):
        slots = generate_list(ONE_TO_ONE, chosen, 99)
        assert parse_list_csv(format_list_csv(slots), ONE_TO_ONE, chosen.strata) == slots


def test_the_export_is_in_stratum_then_sequence_order_with_a_header() -> None:
    slots = (Slot("b", 1, 1, 2, "RAK"), Slot("b", 2, 1, 2, "CONTROL"),
             Slot("a", 2, 7, 2, "RAK"), Slot("a", 1, 7, 2, "CONTROL"))
    assert format_list_csv(slots) == _csv("a,1,7,CONTROL", "a,2,7,RAK", "b,1,1,RAK",
                                          "b,2,1,CONTROL")


def test_the_import_reads_what_statistics_software_writes() -> None:
    quoted = '\ufeff"stratum","sequence","block","arm"\r\n"",1,1,"RAK"\r\n"", 2 ,1," CONTROL"\r\n'
    assert parse_list_csv(quoted, ONE_TO_ONE, ()) == (Slot("", 1, 1, 2, "RAK"),
                                                      Slot("", 2, 1, 2, "CONTROL"))


def test_the_import_reads_any_line_ending() -> None:
    for end in ("\n", "\r\n", "\r"):
        text = end.join(("stratum,sequence,block,arm", ",1,1,RAK", ",2,1,CONTROL")) + end
        assert len(parse_list_csv(text, ONE_TO_ONE, ())) == 2


def test_blank_rows_are_skipped_and_strata_may_follow_one_another() -> None:
    text = _csv("a,1,1,RAK", "", ",,,", "b,1,1,CONTROL", "b,2,1,RAK", "a,2,1,CONTROL")
    with pytest.raises(BadInput):  # block 1 of a is split by b's block
        parse_list_csv(text, ONE_TO_ONE, ("a", "b"))
    text = _csv("a,1,1,RAK", "a,2,1,CONTROL", "", ",,,", "b,1,1,CONTROL", "b,2,1,RAK")
    assert parse_list_csv(text, ONE_TO_ONE, ("a", "b")) == (
        Slot("a", 1, 1, 2, "RAK"), Slot("a", 2, 1, 2, "CONTROL"),
        Slot("b", 1, 1, 2, "CONTROL"), Slot("b", 2, 1, 2, "RAK"))


def test_imported_blocks_take_their_size_from_their_rows_and_any_balanced_size() -> None:
    text = _csv(",1,5,RAK", ",2,5,CONTROL", ",3,9,RAK", ",4,9,RAK", ",5,9,CONTROL",
                ",6,9,CONTROL", ",7,9,CONTROL", ",8,9,RAK", ",9,9,RAK", ",10,9,CONTROL")
    slots = parse_list_csv(text, ONE_TO_ONE, ())
    assert [(s.block, s.block_size) for s in slots] == [(5, 2)] * 2 + [(9, 8)] * 8


def test_a_three_arm_block_missing_an_arm_is_refused_even_when_one_arm_is_right() -> None:
    error = _refusal(_csv(",1,1,A", ",2,1,A", ",3,1,C"), THREE_ARMS)
    assert error.field == "row 4 block"
    assert error.message == (
        "randomisation list row 4 block: block 1 of the unstratified list (rows 2-4) holds A 2, "
        "B 0, C 1; a block of 3 holds the arms 1:1:1: A 1, B 1, C 1")


@pytest.mark.parametrize(("text", "field", "problem"), [
    ("", "row 1 header", "the file is empty; the first row is the header "
                         "stratum,sequence,block,arm"),
    (" \n\n", "row 1 header", "the file is empty; the first row is the header "
                              "stratum,sequence,block,arm"),
    ("sequence,arm\n1,RAK\n", "row 1 header",
     "the first row is the header stratum,sequence,block,arm, found sequence,arm"),
    (",1,1,RAK\n,2,1,CONTROL\n", "row 1 header",
     "the first row is the header stratum,sequence,block,arm, found ,1,1,RAK"),
    ("stratum,sequence,block,arm," + "x" * 100 + "\n", "row 1 header",
     "the first row is the header stratum,sequence,block,arm, found "
     "stratum,sequence,block,arm," + "x" * 53),
    (_csv(), "row 1 header", "the list has a header but no rows"),
    (_csv("\n"), "row 1 header", "the list has a header but no rows"),
    ("stratum,sequence\x00,block,arm\n", "row 1 header",
     "contains the control character U+0000 at position 9; a list holds printable text only"),
    (_csv(",1,1,RAK", ",2,1,CON\tTROL"), "row 3 arm",
     "contains the control character U+0009 at position 4; a list holds printable text only"),
    (_csv('\x1b,1,1,RAK'), "row 2 stratum",
     "contains the control character U+001B at position 1; a list holds printable text only"),
    (_csv(',"1\n",1,RAK'), "row 2 sequence",
     "contains the control character U+000A at position 2; a list holds printable text only"),
    (_csv(',"1\r\n",1,RAK'), "row 2 sequence",  # read as written: a CR is not made LF
     "contains the control character U+000D at position 2; a list holds printable text only"),
    (_csv(",1,\ud800,RAK"), "row 2 block",
     "contains the control character U+D800 at position 1; a list holds printable text only"),
    (_csv(",1,1,RAK,\x7f"), "row 2 columns",
     "contains the control character U+007F at position 1; a list holds printable text only"),
    (_csv(",1,1"), "row 2 columns",
     "the row has 3 columns; each row has 4: stratum,sequence,block,arm"),
    (_csv(",1,1,RAK,x"), "row 2 columns",
     "the row has 5 columns; each row has 4: stratum,sequence,block,arm"),
    (_csv("a,1,1,RAK"), "row 2 stratum",
     "'a' is not a stratum of this trial; the stratum is empty, because the list is "
     "unstratified"),
    (_csv(",one,1,RAK"), "row 2 sequence", "'one' is not a whole number of at least 1"),
    (_csv(",0,1,RAK"), "row 2 sequence", "'0' is not a whole number of at least 1"),
    (_csv(",-1,1,RAK"), "row 2 sequence", "'-1' is not a whole number of at least 1"),
    (_csv(",1.0,1,RAK"), "row 2 sequence", "'1.0' is not a whole number of at least 1"),
    (_csv(",1234567890,1,RAK"), "row 2 sequence",
     "'1234567890' is not a whole number of at least 1"),
    (_csv(",1" + "2" * 30 + ",1,RAK"), "row 2 sequence",
     "'12222222222222222222' is not a whole number of at least 1"),
    (_csv(",1,1,RAK", ",1,1,CONTROL"), "row 3 sequence",
     "sequence 1 of the unstratified list appears twice; each sequence is used once"),
    (_csv(",1,1,RAK", ",3,1,CONTROL"), "row 3 sequence",
     "sequence 3 of the unstratified list comes where 2 is due; sequences run 1, 2, 3 … in "
     "order without gaps"),
    (_csv(",2,1,RAK"), "row 2 sequence",
     "sequence 2 of the unstratified list comes where 1 is due; sequences run 1, 2, 3 … in "
     "order without gaps"),
    (_csv(",1,x,RAK"), "row 2 block", "'x' is not a whole number of at least 1"),
    (_csv(",1,0,RAK"), "row 2 block", "'0' is not a whole number of at least 1"),
    (_csv(",1,1,rak"), "row 2 arm",
     "'rak' is not an arm of this trial; the arm is one of RAK, CONTROL"),
    (_csv(",1,1,RAK", ",2,1,RAK"), "row 3 block",
     "block 1 of the unstratified list (rows 2-3) holds RAK 2, CONTROL 0; a block of 2 holds "
     "the arms 1:1: RAK 1, CONTROL 1"),
    (_csv(",1,1,RAK", ",2,1,CONTROL", ",3,2,RAK"), "row 4 block",
     "block 2 of the unstratified list (rows 4-4) has 1 rows; a block holding the arms 1:1 "
     "has a multiple of 2 rows"),
    (_csv(",1,1,RAK", ",2,2,CONTROL", ",3,2,RAK", ",4,1,CONTROL"), "row 2 block",
     "block 1 of the unstratified list (rows 2-2) has 1 rows; a block holding the arms 1:1 "
     "has a multiple of 2 rows"),
])
def test_each_bad_list_is_refused_naming_its_row_column_and_rule(
    text: str, field: str, problem: str,
) -> None:
    error = _refusal(text)
    assert error.field == field
    assert error.message == f"randomisation list {field}: {problem}"


def test_a_block_that_comes_back_after_another_block_is_refused() -> None:
    text = _csv(",1,1,RAK", ",2,1,CONTROL", ",3,2,RAK", ",4,2,CONTROL", ",5,1,RAK",
                ",6,1,CONTROL")
    error = _refusal(text)
    assert error.field == "row 6 block"
    assert error.message == (
        "randomisation list row 6 block: block 1 of the unstratified list continues after rows "
        "of another block; a block's rows are contiguous")


def test_a_block_split_by_another_stratum_is_refused_but_equal_block_numbers_in_strata_are_not(
) -> None:
    text = _csv("a,1,1,RAK", "b,1,1,RAK", "b,2,1,CONTROL", "a,2,1,CONTROL")
    error = _refusal(text, strata=("a", "b"))
    assert error.field == "row 2 block"
    assert "block 1 of stratum a (rows 2-2) has 1 rows" in error.message
    text = _csv("a,1,1,RAK", "a,2,1,CONTROL", "b,1,1,RAK", "b,2,1,CONTROL", "a,3,1,RAK",
                "a,4,1,CONTROL")
    error = _refusal(text, strata=("a", "b"))
    assert error.message == (
        "randomisation list row 6 block: block 1 of stratum a continues after rows of another "
        "block; a block's rows are contiguous")


def test_stratified_lists_name_the_strata_and_need_rows_for_each() -> None:
    error = _refusal(_csv(",1,1,RAK"), strata=("a", "b"))
    assert (error.field, error.message) == ("row 2 stratum", (
        "randomisation list row 2 stratum: '' is not a stratum of this trial; the stratum is one "
        "of a, b"))
    error = _refusal(_csv("a,1,1,RAK", "a,2,1,CONTROL", "a,3,2,RAK", "a,4,2,CONTROL"),
                     strata=("a", "b"))
    assert (error.field, error.message) == ("row 5 stratum", (
        "randomisation list row 5 stratum: the list has no rows for stratum b; every stratum of "
        "the trial needs its own list"))
    error = _refusal(_csv("a,1,1,RAK", "a,3,1,CONTROL"), strata=("a", "b"))
    assert "sequence 3 of stratum a comes where 2 is due" in error.message
    assert _refusal(_csv("b,1,1,RAK", "b,1,1,CONTROL"), strata=("a", "b")).message == (
        "randomisation list row 3 sequence: sequence 1 of stratum b appears twice; each sequence "
        "is used once")


def test_sequences_are_counted_per_stratum() -> None:
    text = _csv("a,1,1,RAK", "a,2,1,CONTROL", "b,1,1,CONTROL", "b,2,1,RAK", "a,3,2,RAK",
                "a,4,2,CONTROL")
    assert [(s.stratum, s.sequence) for s in parse_list_csv(text, ONE_TO_ONE, ("a", "b"))] == [
        ("a", 1), ("a", 2), ("b", 1), ("b", 2), ("a", 3), ("a", 4)]


def test_text_csv_cannot_read_is_refused_with_its_row() -> None:
    error = _refusal(_csv(",1,1,RAK", ",2,1," + "x" * 200_000))
    assert error.field == "row 3 columns"
    assert error.message.startswith("randomisation list row 3 columns: not readable as CSV (")


# --- next slot -----------------------------------------------------------------------------

def test_next_slot_gives_the_lowest_unused_sequence_of_the_stratum() -> None:
    slots = generate_list(ONE_TO_ONE, STRATIFIED, 3)
    shuffled = tuple(reversed(slots))
    first = next_slot(shuffled, {}, "ecog_2_3")
    assert (first.stratum, first.sequence) == ("ecog_2_3", 1)
    used = {"ecog_2_3": {1, 2, 4}, "ecog_0_1": set(range(1, 20))}
    assert next_slot(shuffled, used, "ecog_2_3").sequence == 3
    assert next_slot(shuffled, used, "ecog_0_1").sequence == 20
    assert next_slot(shuffled, {"ecog_0_1": {1}}, "ecog_2_3").sequence == 1


def test_an_exhausted_stratum_is_a_conflict_that_says_so() -> None:
    slots = generate_list(ONE_TO_ONE, STRATIFIED, 3)
    used = {s: {x.sequence for x in slots if x.stratum == s} for s in STRATIFIED.strata}
    count = len(used["ecog_0_1"])
    with pytest.raises(Conflict) as caught:
        next_slot(slots, used, "ecog_0_1")
    assert caught.value.message == (
        f"the randomisation list for stratum ecog_0_1 is exhausted (all {count} slots used); "
        "import or generate a reserve list before randomising another subject")
    unstratified = (Slot("", 1, 1, 2, "RAK"), Slot("", 2, 1, 2, "CONTROL"))
    with pytest.raises(Conflict) as caught:
        next_slot(unstratified, {"": [2, 1]}, "")
    assert caught.value.message == (
        "the randomisation list for the unstratified list is exhausted (all 2 slots used); "
        "import or generate a reserve list before randomising another subject")


def test_next_slot_refuses_a_stratum_the_list_does_not_have() -> None:
    with pytest.raises(BadInput) as caught:
        next_slot(generate_list(ONE_TO_ONE, SHIPPED, 3), {}, "ecog_0_1")
    assert (caught.value.field, caught.value.message) == (
        "stratum", "'ecog_0_1' is not a stratum of the randomisation list")


# --- fingerprint ---------------------------------------------------------------------------

def test_the_fingerprint_is_the_sha256_of_the_exported_list_whatever_the_row_order() -> None:
    slots = generate_list(ONE_TO_ONE, STRATIFIED, 8)
    fingerprint = list_fingerprint(slots)
    assert fingerprint == hashlib.sha256(format_list_csv(slots).encode()).hexdigest()
    assert list_fingerprint(tuple(reversed(slots))) == fingerprint
    assert len(fingerprint) == 64


def test_the_fingerprint_changes_with_any_change_to_the_list() -> None:
    slots = generate_list(ONE_TO_ONE, STRATIFIED, 8)
    fingerprint = list_fingerprint(slots)
    first = slots[0]
    other_arm = "CONTROL" if first.arm == "RAK" else "RAK"
    changed = [
        slots[1:], slots + (Slot("ecog_2_3", 999, 999, 2, "RAK"),),
        (Slot(first.stratum, first.sequence, first.block, first.block_size, other_arm),
         *slots[1:]),
        (Slot(first.stratum, first.sequence, first.block + 1, first.block_size, first.arm),
         *slots[1:]),
        (Slot("ecog_9", first.sequence, first.block, first.block_size, first.arm), *slots[1:]),
        (Slot(first.stratum, 500, first.block, first.block_size, first.arm), *slots[1:]),
    ]
    prints = {list_fingerprint(tuple(c)) for c in changed}
    assert len(prints) == len(changed) and fingerprint not in prints


def test_check_settings_accepts_the_shipped_settings() -> None:
    check_settings(SHIPPED, ONE_TO_ONE)
    check_settings(STRATIFIED, ONE_TO_ONE)
