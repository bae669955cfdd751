"""Writes the hostile input files of this folder (run it again after changing them: `python make_hostile.py`).

`expected.json` says, per article file, "loaded" or the words its one error line must contain. The texts of the
loadable files are one article in several encodings: decoded, they are the same text (hence the same content
hash); 똠 is a CP949 extension outside EUC-KR, so the CP949 file is not mere EUC-KR.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT = ("이재용 삼성전자 회장, 저커버그와 AI 협력 논의\n"
        "이재용 삼성전자 회장은 지난 11일 서울 서초사옥에서 마크 저커버그 메타 CEO를 만나 AI 반도체 협력 방안을 "
        "논의했다.\n두 사람은 차세대 반도체와 확장현실(XR) 기기 협력에 대해서도 의견을 나눈 것으로 전해졌다.\n")
CP949_TEXT = TEXT.replace("의견을 나눈", "의견을 나눈(똠방각하)")
META = {"published": "2024-06-12", "source": "한빛일보", "title": "이재용, 저커버그와 AI 협력 논의", "url": None}


def files() -> dict[str, tuple[bytes, object | None, str]]:
    """name → (bytes, sidecar content or None, expected outcome)."""
    return {
        "utf8.txt": (TEXT.encode("utf-8"), META, "loaded"),
        "utf8_bom.txt": (codecs.BOM_UTF8 + TEXT.encode("utf-8"), META, "loaded"),
        "cp949.txt": (CP949_TEXT.encode("cp949"), META, "loaded"),
        "euckr.txt": (TEXT.encode("euc-kr"), META, "loaded"),
        "utf16.txt": (TEXT.encode("utf-16"), META, "loaded"),
        "utf16le_nobom.txt": (TEXT.encode("utf-16-le"), META, "loaded"),
        "crlf_nbsp.txt": (TEXT.replace("\n", "\r\n").replace(" 회장은", "\u00a0회장은").encode("utf-8"), META,
                          "loaded"),
        "empty.txt": (b"", None, "empty file"),
        "whitespace.txt": (b" \n\t\r\n  \n", None, "empty file"),
        "binary.txt": (bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 4, None,
                       "binary file"),
        "latin_only.txt": (b"Samsung chairman Lee Jae-yong met Mark Zuckerberg in Seoul on Tuesday.\n", None,
                           "no Korean text"),
        "sidecar_invalid_json.txt": (TEXT.encode("utf-8"), '{"published": "2024-06-12", "source": ', "invalid sidecar"),
        "sidecar_impossible_date.txt": (TEXT.encode("utf-8"), {"published": "2024-02-30"}, "impossible date"),
    }


def main() -> None:
    """Write the files and expected.json."""
    for old in HERE.glob("*.txt"):
        old.unlink()
    for old in HERE.glob("*.meta.json"):
        old.unlink()
    expected = {}
    for name, (data, sidecar, outcome) in files().items():
        (HERE / name).write_bytes(data)
        if sidecar is not None:
            text = sidecar if isinstance(sidecar, str) else json.dumps(sidecar, ensure_ascii=False)
            (HERE / name.replace(".txt", ".meta.json")).write_text(text, encoding="utf-8")
        expected[name] = outcome
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
