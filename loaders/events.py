"""The meetings an article reports: their day, who held them, who took part, the documents they dealt with.

A meeting is a sentence that names one (an event word of event_kinds.tsv) and dates it, or, when no
sentence does, the meeting the headline names or the body reports. Its day gets a year only where the
article makes it certain (the same day in full, the publication date, the sentence around it), never from
a term. Its organisers are the bodies the sentence says held it, else the body it is named after. The
verbs of each sentence (verbs.tsv) give the persons of the clause their parts; the documents a meeting
dealt with are those named in its sentences, not those that only founded or appointed something.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import dates
from .directives import ORDINAL_WORDS
from .facts import Article, Event, Evidence
from .gazetteer import LOCALITY_WORDS, Gazetteer
from .locality import Localities
from .posts import PostReader
from .text import UPPER, key

if TYPE_CHECKING:
    from .extract import _Ref, _Sentence

_CLAUSE_END = re.compile(r"[.;:!?]")

# ------------------------------------------------------------------ the day of a meeting
# A paper known by its number and day, whatever its kind: "văn bản số 10061-CV/VPTW ngày 16/7/2019".
# "số 50-TB/TW của Ban Bí thư ngày 17/7/2018", "số 34 / CT - TW" (TW written out as "Trung ương"); without a
# code, only with its day ("tờ trình số 5054 ngày 4/7").
_NUMBERED_PAPER = re.compile(
    r"(?<!\w)số\s?\d{1,5}\s?[-/]\s?(?:Trung ương|[\wĐđ]+)(?:\s?[-/]\s?(?:Trung ương|[\wĐđ]+))*"
    r"(?:(?:\s+của\s+[^,;.]{1,40}?)?\s*,?\s*(?:ban hành\s+)?ngày\s+"
    r"(?:\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|[\d/.\-]+))?"
    # a paper of any kind by a number without a code, with its day: "tờ trình số 5054 ngày 4/7"
    r"|(?<!\w)số\s?\d{1,5}\s*,?\s*(?:ban hành\s+)?ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    r"|\d{1,2}\s?[/.\-]\s?\d{1,2}(?:\s?[/.\-]\s?\d{4})?)", re.IGNORECASE)
# Words that make a date in an event's sentence something other than the day the meeting took place: the end of
# a range, the day something takes effect ("kể từ"), the day a meeting is put off to ("sang").
_END_OF_RANGE = re.compile(r"(?<!\w)(?:đến|tới|trước|kể từ|sang)\s+(?:hết\s+)?(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?$",
                           re.IGNORECASE)
_PLANNED = re.compile(r"(?<!\w)(?:sẽ|sắp|dự kiến|theo kế hoạch)(?!\w)", re.IGNORECASE)
_AS_PLANNED = re.compile(r"\s*(?:theo kế hoạch|theo dự kiến|dự kiến|theo lịch)(?!\w)", re.IGNORECASE)
# The meeting's own clause says it is yet to be held: "kỳ họp thứ 14 HĐND thành phố Hà Nội sẽ khai mạc".
_STILL_TO_OPEN = re.compile(r"[^,;]{0,80}?\s(?:sẽ|sắp)\s+(?:chính thức\s+)?(?:khai mạc|diễn ra|được tổ chức|tổ chức|họp)(?!\w)",
                            re.IGNORECASE)
# A day written in a phrase that names the meeting, the clause after it in the future: "Trong kỳ họp khai mạc vào
# ngày 23/10, Quốc hội sẽ dành 11 ngày …": the meeting is announced.
_WILL_AFTER = re.compile(r"\s*\)?\s*,\s*(?:[^\s,;.]+\s+){1,4}?(?:sẽ|sắp)(?!\w)", re.IGNORECASE)
_COMING = re.compile(r"(?<!\w)(?:sắp tới|tới đây)(?!\w)", re.IGNORECASE)
_NEXT = re.compile(r"\s*\)?\s*(?:tới|sẽ)(?!\w)", re.IGNORECASE)
# "tiến tới Đại hội", "chào mừng Đại hội": a meeting looked forward to; "Nghị quyết Hội nghị Trung ương",
# "kết quả Hội nghị": a meeting a document or a report comes from; "đây là hội nghị": the one reported.
_TOWARDS = re.compile(r"(?<!\w)(?:tiến tới|hướng tới|chào mừng|chuẩn bị cho|chuẩn bị"
                      r"|(?:về|về việc|thời gian|kế hoạch|chuẩn bị) tổ chức"
                      r"|nghị quyết(?: các)?"
                      r"|kết luận|chỉ thị|thông báo|kết quả|văn kiện"
                      # a meeting there was none of: "chưa thấy có một cuộc họp Hội đồng kỷ luật nào"
                      r"|(?:chưa|không)\s+(?:thấy\s+)?có(?:\s+(?:một|bất kỳ))?"
                      # a meeting some other day is told before or after: "Trước khi diễn ra hội nghị Trung ương 9, …"
                      r"|(?:trước|sau) khi(?:\s+diễn ra)?"
                      # the meeting reported, said again: "đây là hội nghị quán triệt đầu tiên … từ ngày 01/7/2025"
                      r"|(?:đây|đó)\s+(?:cũng\s+)?(?:là|sẽ là))\s+$", re.IGNORECASE)
# A meeting told as background, at another time than the article's: "Trước đó, tại Hội nghị … vào tháng 7 năm ngoái".
# "Bởi một tuần trước Bộ Chính trị đã họp bàn …": a meeting of weeks before.
_EARLIER = re.compile(r"(?<!\w)(?:trước đó|năm ngoái|năm trước|(?:\d+|một|hai|ba|vài) (?:ngày|tuần|tháng) trước"
                      r"|(?:vào|hồi|từ)\s+(?:tháng|năm)\s+\d)", re.IGNORECASE)
# "đã họp kỳ thứ 11", "đã họp phiên đầu tiên": the meeting a body held is a sitting of that kind.
_SITTING = re.compile(r"\s+(kỳ|phiên)(?!\w)", re.IGNORECASE)
# A day the sentence places years back: "cách đây 88 năm, ngày 3-2-1930, Đảng … thành lập".
_YEARS_AGO = re.compile(r"(?<!\w)(?:cách đây\s+\d+\s+năm|\d+\s+năm\s+(?:trước|về trước))(?!\w)", re.IGNORECASE)
# Someone telling the press, between a day and the meeting named after it: the day is the telling's.
_TOLD = re.compile(r"(?<!\w)(?:cho biết|cho hay|xác nhận|thông tin với|trao đổi với)(?!\w)", re.IGNORECASE)
_SAME_DAY = re.compile(r"(?<!\w)(?:cùng ngày|cũng trong ngày|trong ngày|cũng ngày)(?!\w)", re.IGNORECASE)
# "Cũng trong sáng 30/9, Tỉnh ủy … đã tổ chức hội nghị": a sentence that tells another thing done that day.
_ALSO = re.compile(r"\s*(?:Cũng|Cùng)(?!\w)")
_TODAY = re.compile(r"(?<!\w)(?:hôm nay|sáng nay|chiều nay|tối nay)(?!\w)(?!\s*\()", re.IGNORECASE)
_NOT_THE_MEETING = re.compile(r"(?<!\w)(?:ban hành|ra thông báo|có thông báo|thông cáo|gửi giấy mời"
                              r"|ký (?:công văn|văn bản|tờ trình|thông báo|kế hoạch))(?!\w)", re.IGNORECASE)
# A meeting reported, not only mentioned: "Tại Hội nghị", "Đại hội … đã thành công", "Quang cảnh hội nghị".
_REPORTED = re.compile(r"(?<!\w)(?:tại|quang cảnh|toàn cảnh|khai mạc|bế mạc|chủ trì|dự)\s+$", re.IGNORECASE)
# A meeting whose results are told was held: "thông báo nhanh kết quả Hội nghị …", "tổng kết công tác tổ chức
# Đại hội …", "đã tổ chức thành công kỳ họp thứ 10".
_RESULTS_OF = re.compile(r"(?<!\w)(?:kết quả|tổng kết công tác tổ chức|đã tổ chức thành công|(thông báo)\s+(?:nội dung|về))"
                         r"\s+(?:các\s+|hai\s+)?$", re.IGNORECASE)
# "Ủy ban Kiểm tra Trung ương vừa ra thông báo …": what stands between the body that tells of its meeting and the telling.
_ANNOUNCER_GAP = re.compile(r"\s*(?:,\s*)?(?:đã\s+|vừa\s+)?(?:ra\s+|có\s+)?")
# The number right after a meeting's word: "kỳ họp 23", "Hội nghị lần thứ 10", "kỳ họp thứ IV".
_ORDINAL = re.compile(r"\s+(?:lần\s+|kỳ\s+)?(?:thứ\s+)?(\d{1,3}|[IVXLC]+)(?!\w)")
# "kết quả đại hội đảng bộ các cấp", "Đại hội của 63 Đảng bộ": meetings of every level or of many bodies, no one meeting.
_EVERY_LEVEL = re.compile(r"[^,;.]{0,40}?\scác cấp(?!\w)|\s+của\s+(?:\d+|các|những)\s", re.IGNORECASE)
# "Ủy ban Kiểm tra Trung ương đã họp kỳ 38": a body that met reports its meeting by the verb alone.
_MET = ("đã họp", "vừa họp")
_REPORTED_AFTER = re.compile(r"[^.;:]{0,120}?\s(?:(?:đã\s+)?(?:diễn ra|khai mạc|bế mạc|thành công|kết thúc)"
                             r"|(?:đã|vừa)\s+(?:xem xét|kết luận|thông qua|quyết định|bầu))(?!\w)", re.IGNORECASE)

# ------------------------------------------------------------------ who held it
# The verbs whose subject holds the meeting they name: "Huyện ủy tổ chức hội nghị", "HĐND tỉnh tiến hành kỳ
# họp", "HĐND tỉnh khai mạc kỳ họp", "Ủy ban Kiểm tra đã họp kỳ thứ 11", "Bộ Chính trị đã làm việc với …".
# In lower case: "Ban Tổ chức Trung ương" is a body.
_ORGANISE = re.compile(r"(?<!\w)(?:đã\s+)?(?:phối hợp\s+|long trọng\s+|trang trọng\s+)?(?-i:tổ chức|tiến hành|khai mạc|bế mạc|họp"
                       r"|tiếp tục(?=\s+(?:kỳ họp|phiên họp|hội nghị|đại hội)(?!\w))"
                       r"|(?:có\s+(?:buổi|cuộc)\s+)?làm việc với)(?!\w)", re.IGNORECASE)
# What may stand between an organiser and its verb: "HĐND tỉnh Quảng Nam khóa IX, nhiệm kỳ 2016-2021 đã tổ chức",
# "Đảng ủy phường Xuân Hòa, TP HCM tổ chức".
_ORGANISER_GAP = re.compile(r"\s*(?:\([^()]{1,40}\))?(?:\s*,?\s*(?:(?-i:khóa)\s+[IVXLC\d]+|nhiệm kỳ\s+\d{4}\s*-\s*\d{4}"
                            r"|nước\s+(?-i:Cộng)\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam"
                            r"|,\s*(?:(?:tỉnh|thành phố|quận|huyện|thị xã)\s+)?(?-i:" + UPPER + r")\w*(?:\s(?-i:" + UPPER
                            + r")\w*){0,3}))*"
                            r"\s*(?:,|-|–|và|cùng|cùng với)?\s*(?:đã\s+|vừa\s+|chính thức\s+)?", re.IGNORECASE)
# An event word, a few words of its name, and "do" the body that held it: "Hội nghị “…” do UBND TP Hà Nội".
_BY_BODY = re.compile(r"[^.;:]{0,100}?\sdo\s+[^.;:,]{0,80}$")
_CHAIRED_BY = re.compile(r"[^.;:]{0,60}?\sdo\s+(" + UPPER + r"[^.;:,]{0,80}?)\s+(?:đồng\s+)?chủ trì(?!\w)")
# A session named first, the body that sat after it: "tại kỳ họp thứ 15 (từ 27 đến 30/6), Ủy ban Kiểm tra Trung
# ương đã quyết định …", "Trong kỳ họp khai mạc vào ngày 23/10, Quốc hội sẽ dành …".
_AT_SESSION = re.compile(r"(?<!\w)(?:tại|trong|qua)\s+(?:hai\s+|các\s+|cuộc\s+|buổi\s+)?$", re.IGNORECASE)
_SESSION_KINDS = ("kỳ họp", "phiên họp", "giao ban", "họp báo")
_VERB_AFTER = re.compile(r"(?:\s*,?\s*(?-i:khóa)\s+[IVXLC\d]+)?\s+(?!khóa\s)(?-i:[a-zđà-ỹ])")
_SESSION_NAME = re.compile(r"(?:[^,;:.()]|\([^()]{0,40}\))*,\s*")
_PARTNER = re.compile(r"\s(?:đã\s+)?phối hợp(?:\s+(?:với|cùng))?\s", re.IGNORECASE)
# What stands between an event word and the body named after it: "lần thứ 10", "thứ mười một", "(kỳ họp
# bất thường)", "đại biểu", "toàn thể", "của".
_BEFORE_HOST = re.compile(
    r"(?:\s*,?\s*(?:(?:lần|kỳ)\s+)?thứ\s+(?:\d{1,3}|[IVXLC]+|" + ORDINAL_WORDS + r")(?!\w)|\s*\([^()]{0,60}\)"
    r"|\s+(?:đại biểu|toàn quốc|toàn thể|bất thường|thường kỳ|thường lệ|định kỳ|mở rộng|trù bị)(?!\w)"
    r"|\s*,(?=\s*" + UPPER + r")|\s+[-–](?=\s+" + UPPER + r"))*"
    r"\s*(?:của\s+)?", re.IGNORECASE)
_JOINED_HOST = re.compile(r"\s*(?:-|và)\s*")
_UPPER_START = re.compile(r"\s*" + UPPER)
# "tại hội trường UBND huyện", "tại trụ sở Tỉnh ủy": a venue, not who holds the meeting.
_VENUE = re.compile(r"(?<!\w)tại\s+(?:(?:hội trường|trụ sở|phòng họp|nhà văn hóa|khu)\s+(?:[^,;]{0,30}?\s+)?)?(?:của\s+)?$",
                    re.IGNORECASE)
# The item of a comma-separated chain right before a body: "Ủy viên Bộ Chính trị," of "…, Thường trực Ban Bí thư".
_LAST_ITEM = re.compile(r"(?:^|[,;:])([^,;:]{1,60}),\s*$")
_IN_A_NAME = re.compile(UPPER + r"\w*\s$")
# A place right before the verb that says it held the meeting: "Xã Phú Mỹ tổ chức", "xã Chiêm Hóa, tỉnh Tuyên
# Quang đã tổ chức".
_PLACE_SUBJECT = re.compile(
    r"(?:^|[,:]\s*|\s)((?:" + LOCALITY_WORDS + r")\s+(?-i:" + UPPER + r")\w*(?:\s(?-i:" + UPPER
    + r")\w*){0,3})(?:\s*,\s*(?:tỉnh|thành phố)\s+(?-i:" + UPPER + r")\w*(?:\s(?-i:" + UPPER + r")\w*){0,3})?"
    r"(?:\s+(?:vừa|lần đầu|cũng))*\s*$",  # "TP HCM lần đầu tổ chức hội nghị …"
    re.IGNORECASE)
_NAMED_PLACE = re.compile(r"(?<!\w)(?:" + LOCALITY_WORDS + r")\s+(?-i:" + UPPER + r")",
                          re.IGNORECASE)
_UNIT_TAIL = re.compile(r"\s(?:" + LOCALITY_WORDS + r")$")
_UNIT_WORD = re.compile(r"^(?:" + LOCALITY_WORDS + r")\s+", re.IGNORECASE)
# "thừa ủy quyền của Thường trực Tỉnh ủy tổ chức", "thay mặt Ban Thường vụ tổ chức": the body acts through a person.
_ON_BEHALF = re.compile(r"(?<!\w)(?:ủy quyền|thay mặt)(?:\s+của)?\s+$", re.IGNORECASE)
_DELEGATION = re.compile(r"Đoàn (?:công tác|kiểm tra|giám sát|khảo sát)(?!\w)", re.IGNORECASE)
_GENITIVE = re.compile(r"(?<!\w)(?:của|thuộc)\s+$", re.IGNORECASE)
# "Ủy ban Văn hóa, Giáo dục của Quốc hội": a body, a few more words of its name, and its owner.
_OWNED = re.compile(r"(?:\s*,\s*|\s+và\s+)?(?:" + UPPER + r"\w*(?:\s+\w+)?\s*)?(?:của|thuộc)\s+", re.IGNORECASE)

# ------------------------------------------------------------------ who took part
# Parts a list of persons may take together ("Các đồng chí A; B đồng chủ trì", "Dự và chỉ đạo có A; B").
_LIST_PARTS = {"chair", "participant", "conclude", "lead"}
# "Tham dự có các đồng chí: …", "Cùng dự buổi làm việc có …", "Dự đại hội có …", "Tới dự và chỉ đạo Đại hội, về
# phía Quận có …": a list of those present.
_LIST_OPENER = re.compile(r"[^.;:,]{0,40}?(?:,[^.;:,]{0,50}?)?\s(?:có|gồm)(?!\w)(?!\s+(?:buổi|cuộc|bài|sự|ý kiến|nhiều|thể|"
                          r"những|mặt)\b)|[^.;:,]{0,40}?:", re.IGNORECASE)
# "dưới sự chủ trì của các đồng chí: A; B": the chairs listed after the verb.
_OF_THE_LIST = re.compile(r"\s+của\s+(?:các|hai|ba)\s+(?:đồng chí|ông|bà)\s*:?", re.IGNORECASE)
# "có sự tham dự của ông A, T1; ông B, T2": the guests listed after the verb.
_OF_GUESTS = re.compile(r"\s+của\s*:?", re.IGNORECASE)
# The head of an item of a list of persons: "và đồng chí ", "ông ".
_LIST_ITEM = re.compile(r"\s*(?:và\s+)?(?:(?:các\s+)?(?:đồng chí|ông|bà|anh|chị)\s+)?", re.IGNORECASE)
# A sentence that goes on with the list of the one before: "Về phía đại biểu phường Láng Hạ có …".
_LIST_GOES_ON = re.compile(r"\s*Về phía\b[^.;:]{0,60}?\s(?:có|gồm)(?!\w)", re.IGNORECASE)
# A sentence of persons alone that goes on with the list before: "Dự lễ có A; B. Các đồng chí nguyên Ủy viên Ban Chấp
# hành Trung ương Đảng: C; D."
_LIST_RESUMES = re.compile(r"\s*(?:Cùng\s+)?(?:các|Các) (?:đồng chí|ông|bà)\b[^.;:]{0,80}?:")
# A body after these words is not a verb's subject on its own: "A cùng Đoàn công tác", "Đoàn của Ban X".
_WITH = re.compile(r"(?<!\w)(?:cùng|cùng với|và|của|thuộc)\s+$", re.IGNORECASE)
_RIGHT_BEFORE_VERB = re.compile(r"\s*(?:đã|vừa|sẽ|cũng|đang|mới)?\s*(?:có\s+(?:buổi|cuộc)\s+)?", re.IGNORECASE)
# What may stand before a verb that opens its clause and names its subject after a comma: "Tại hội nghị, phát
# biểu …, đồng chí A", "Sau khi nghe báo cáo, phát biểu ý kiến …", "Tham dự và phát biểu chỉ đạo đại hội, …",
# "Trao quyết định, tặng hoa chúc mừng và phát biểu chỉ đạo tại buổi lễ, …".
_HEAD_OF_CLAUSE = re.compile(r"\s*(?:\S+(?:\s+\S+){0,15}\s*,)?\s*(?:đồng thời\s+|cũng\s+|trong\s+|tại\s+|khi\s+"
                             r"|\S+(?:\s+\S+){0,5}\s+và\s+)?", re.IGNORECASE)
# A verb followed by a number is a document's kind: "Kết luận số 292", "Kết luận 62-KL/TW".
_NUMBERED = re.compile(r"\s+(?:số\s*)?\d")
_COUNTED = re.compile(r"(?<!\w)(?:\d+|các|những|mỗi)\s+$", re.IGNORECASE)
# Words no title before a name holds: "… với Thành ủy để công bố kết quả … đối với ông A" holds it with no person.
_NOT_A_TITLE = re.compile(r"(?<!\w)(?:để|về|đối với|nhằm|là|trong|tại|của)(?!\w)", re.IGNORECASE)
# A session phrase that opens its clause, its subject after the comma: "Chiều 19/5, tại buổi làm việc với …, A …".
_AT_THE_SESSION = re.compile(r"\s*(?:[^,]{0,30},\s*)?(?:tại|trong)\s+(?:buổi|cuộc)\s+", re.IGNORECASE)
_DELEGATION_AFTER = re.compile(r"\s*(?:các\s+)?(?:đoàn|đại biểu|nhà đầu tư)(?!\w)", re.IGNORECASE)
# "với vai trò chủ trì", "giao nhiệm vụ chủ trì": a role named, not a meeting chaired.
_A_ROLE = re.compile(r"(?<!\w)(?:vai trò|nhiệm vụ)\s+$", re.IGNORECASE)
# "có thời gian làm việc tại Nhà máy …", "đang làm việc tại": where someone worked, not a working visit.
_EMPLOYED = re.compile(r"(?<!\w)(?:thời gian(?:\s+(?:ông|bà))?|chuyển sang|chuyển về|đang|từng|vẫn)\s+$", re.IGNORECASE)
# "Trung tâm Hội nghị 25B", "Cung …": a venue named after conferences.
_VENUE_NAME = re.compile(r"(?<!\w)(?:trung tâm|cung)\s+$", re.IGNORECASE)
# "giao công an chủ trì phối hợp với các cơ quan …", "Ban Tổ chức Trung ương chủ trì, phối hợp với …", "lưu ý bà A
# chủ trì rà soát các vụ việc", "chủ trì soạn thảo": the lead of a task, not the chair of a meeting.
_A_TASK = re.compile(r"\s*,?\s*(?:phối hợp|xem xét|soạn thảo|rà soát|tham gia|nghiên cứu|xây dựng|tham mưu|thực hiện"
                     r"|triển khai|giải quyết|theo dõi|hướng dẫn|chuẩn bị|đề xuất|thẩm định|kiểm tra)(?!\w)", re.IGNORECASE)
# "trao Quyết định … cho đồng chí A", "trao Huân chương … cho Chủ tịch UBND TP B": who is handed it is there.
_HANDED_TO = re.compile(r"(?!\s+(?:đổi|quyền)(?!\w))[^.;:]{0,100}?\scho\s+(?!biết|hay|rằng|phép)", re.IGNORECASE)
# "… cho đại diện gia đình Trung tá A", "cho thân nhân của Mẹ B", "truy tặng liệt sĩ C": who is honoured is not there.
_IN_ABSENCE = re.compile(r"(?<!\w)(?:đại diện|gia đình|thân nhân|truy tặng|liệt sĩ|cố)(?!\w)", re.IGNORECASE)
# "… làm rõ trách nhiệm ông A …", "thi hành kỷ luật đối với ông B": a person the clause does something to.
_DONE_TO = re.compile(r"(?<!\w)(?:đối với|kỷ luật|trách nhiệm|cho|cách chức|khiển trách|cảnh cáo|khai trừ)\s+"
                      r"(?:[^,;:.\s]+\s+){0,8}?$", re.IGNORECASE)
# "ông A không dự họp", "chưa tham dự": who stayed away takes no part.
_NOT_DONE = re.compile(r"(?<!\w)(?:không|chưa|chẳng)\s+$", re.IGNORECASE)
# "các vi phạm đã được kết luận tại Kỳ họp 23", "được báo cáo": what the verb is said of is its object.
_PASSIVE = re.compile(r"(?<!\w)(?:được|bị)\s+$", re.IGNORECASE)
_AS_NOUN = re.compile(r"(?<!\w)(?:buổi|cuộc|chuyến|tại|trong)\s+$", re.IGNORECASE)

# ------------------------------------------------------------------ the documents it dealt with
# What a document founded or appointed: background, not a meeting's business.
_FOUNDED = re.compile(r"(?<!\w)(?:thành lập|sáp nhập|bổ nhiệm|phê chuẩn|chuẩn y|miễn nhiệm|điều động|công nhận)"
                      r"(?!\w)", re.IGNORECASE)


class EventReader:
    """The event rules over one gazetteer; cheap to call on many articles."""

    def __init__(self, gaz: Gazetteer, document_numbers: re.Pattern):
        self.gaz = gaz
        # "Kế hoạch số 357-KH/ĐU, ngày 5 tháng 7 năm 2019": the number and the day the document was issued.
        self._document_dates = re.compile(document_numbers.pattern + r"(?:\s*,?\s*(?:ban hành\s+)?ngày\s+"
                                          r"(?:\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|[\d/.\-]+))?"
    # a paper of any kind by a number without a code, with its day: "tờ trình số 5054 ngày 4/7"
    r"|(?<!\w)số\s?\d{1,5}\s*,?\s*(?:ban hành\s+)?ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    r"|\d{1,2}\s?[/.\-]\s?\d{1,2}(?:\s?[/.\-]\s?\d{4})?)", re.IGNORECASE)
        self._not_event_dates = re.compile(
            r"(?:thành lập|ra đời|sinh|qua đời|mất|từ trần)\s+(?:vào\s+)?(?:ngày\s+|năm\s+)?[\d/.\-]+", re.IGNORECASE)
        # verbs that are also words of a title ("dự" of "Ủy viên dự khuyết")
        self._verbs_in_titles = {v for v in gaz.verbs
                                 if any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", t) for t in gaz.titles)}

    def read(self, article: Article, sents: list[_Sentence], title: _Sentence | None, localities: Localities,
             mentions: dict[str, list[tuple[_Sentence, int, int]]]) -> list[Event]:
        """The article's meetings, with who held them, who took part and the documents they dealt with.

        `sents` are the body's sentences with their persons resolved, `title` the headline as a sentence,
        `mentions` the sentences (and spans in them) that name each directive, by label.
        """
        anchors: list[tuple[int, Event]] = []
        kinds_in = {s.index: self._kinds(s.work) for s in sents}
        event_years = self._event_years([s for s in sents if kinds_in[s.index]])
        latest = self._latest_year(sents, article.published)
        for s in sents:
            kinds = kinds_in[s.index]
            if not kinds:
                continue
            masked = self._masked(s)
            found = self._event_date(masked, kinds) or self._day_said_otherwise(masked, kinds, article, anchors)
            if not found:
                continue
            value, kind_match, last = found
            value = self._year_of(value, masked, event_years, article.published)
            if article.published and not value.startswith("--") and value > article.published:
                continue  # an article reports no meeting after its own day: this one is announced
            if (latest and not value.startswith("--") and int(value[:4]) < latest - 1) or _YEARS_AGO.search(masked):
                continue  # a meeting of years before the article's is its history ("ngày 30/6/1989, Kỳ họp thứ 5 …")
            same = next((e for _, e in anchors if e.date and e.date[-5:] == value[-5:]
                         and (e.date == value or "--" in (e.date[:2], value[:2]))), None)
            held_by = self._organizers(s, kind_match, localities) if same else []
            if same and _ALSO.match(masked) and held_by and not set(held_by) & set(same.organizers):
                same = None  # "Cũng trong sáng 30/9, Tỉnh ủy Quảng Nam đã tổ chức hội nghị": another meeting that day
            if same:  # the same day told again: what it adds of its year and of who held the meeting counts
                if same.date and same.date.startswith("--"):
                    same.date = value
                same.organizers = _with_bodies(same.organizers, held_by)
                continue
            if self._told_again(masked, kind_match, value, last, [e for _, e in anchors]):
                continue
            anchors.append((s.index, self._event(s, kind_match, value, localities)))
        if not anchors:
            lead = self._lead_event(article, title, sents, event_years, localities)
            if lead is None:
                return self._held_undated(sents, title, [], localities)
            anchors.append(lead)

        def event_of(index: int) -> Event:
            chosen = anchors[0][1]
            for i, e in anchors:
                if i <= index:
                    chosen = e
            return chosen

        # who concluded or led each event, by the verb that says so: the first such verb's persons chair
        # where no one is said to chair
        stand_ins: dict[tuple[int, str], dict[tuple[int, int], list[str]]] = {}
        listed: tuple[str, tuple[int, int]] | None = None  # the part and verb of the last list of persons
        for s in sents:
            event = event_of(s.index)
            evidence = Evidence(s.source.start, s.source.end, s.source.text)
            parts = [(name, part, (s.index, verb)) for name, part, verb in self._parts(s)]
            going_on = _LIST_GOES_ON.match(s.work)
            if not going_on and listed:
                going_on = _LIST_RESUMES.match(s.work)
            if going_on and not parts:  # "… có A, B. Về phía phường có C, D": the same list, else those present
                part, group = listed or ("participant", (s.index, going_on.start()))
                parts = [(r.name, part, group) for r in s.refs if r.start >= going_on.end()]
            listed = (parts[-1][1], parts[-1][2]) if parts else None
            for name, part, group in parts:
                bucket = {"chair": event.chairs, "speaker": event.speakers, "participant": event.participants}
                if part in ("conclude", "lead"):
                    stand_ins.setdefault((id(event), part), {}).setdefault(group, []).append(name)
                    if part == "conclude":
                        event.speakers.append(name)
                        event.parts.setdefault((name, "speaker"), evidence)
                    else:
                        event.participants.append(name)
                        event.parts.setdefault((name, "participant"), evidence)
                    continue
                bucket[part].append(name)
                event.parts.setdefault((name, part), evidence)
        for _, event in anchors:
            for part in ("conclude", "lead"):
                groups = stand_ins.get((id(event), part))
                if not event.chairs and groups:
                    event.chairs.extend(groups[min(groups)])
            for name in event.chairs + event.speakers:
                event.participants.append(name)
            event.chairs = list(dict.fromkeys(event.chairs))
            event.speakers = list(dict.fromkeys(event.speakers))
            event.participants = list(dict.fromkeys(event.participants))
        for label, where in mentions.items():
            first = next((s for s, start, end in where if not self._background(s.work, start, end)), None)
            if first is not None:
                own = next((e for i, e in anchors if i == first.index), None)  # the meeting its sentence names
                (own or anchors[0][1]).directives.append(label)
        return [e for _, e in anchors] + self._held_undated(sents, title, [e for _, e in anchors], localities)

    def _held_undated(self, sents: list[_Sentence], title: _Sentence | None, events: list[Event],
                      localities: Localities) -> list[Event]:
        """Other meetings the article reports as held without their day, with the body that held them.

        "Hội nghị thông báo kết quả Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng", "tổng kết công tác
        tổ chức Đại hội đại biểu Đảng bộ phường", "đã tổ chức thành công kỳ họp thứ 10 HĐND huyện", "Ban
        Chấp hành Đảng bộ tỉnh khóa 16 đã họp phiên đầu tiên": a meeting whose results are told, or a body
        that met, in a sentence that dates nothing; "Ủy ban Kiểm tra Trung ương vừa thông báo nội dung kỳ họp
        thứ 19": a meeting its body tells of. Only a meeting whose body is known; one the article's meetings
        already are (_same_meeting) gets that body if it had none.
        """
        out: list[Event] = []
        for s in ([title] if title else []) + sents:
            masked = self._masked(s)
            for k in self._kinds(masked):
                met = key(k.group(0)) in _MET
                results = _RESULTS_OF.search(masked, max(0, k.start() - 40), k.start())
                if not (met or results):
                    continue
                if met and (dates.dates_in(masked) or _PLANNED.search(masked) or _EARLIER.search(masked)):
                    continue
                event = self._event(s, k, None, localities, named_only=not met)
                if not event.organizers and results and results.group(1):
                    event.organizers = [localities.complete(b) for b in self._announcer(s.work, results.start(1))]
                if not event.organizers or _many(masked, k):
                    continue
                same = next((e for e in events + out if self._same_meeting(e, event)), None)
                if same is None:
                    out.append(event)
                elif not same.organizers:
                    same.organizers = event.organizers
        return out

    def _same_meeting(self, known: Event, other: Event) -> bool:
        """Whether two mentions of a meeting of one kind are one meeting: held by one body, or of one number
        ("kỳ họp 23 (diễn ra ngày 12 và 13/3)" and "thông báo nội dung kỳ họp 23")."""
        if known.kind != other.kind:
            return False
        if {key(b) for b in known.organizers} & {key(b) for b in other.organizers}:
            return True
        numbers = [self._number(e.name) for e in (known, other)]
        return numbers[0] is not None and numbers[0] == numbers[1]

    def _number(self, name: str) -> str | None:
        """The number written right after a meeting's word: "23" of "kỳ họp 23 (diễn ra …)"."""
        word = self.gaz.event_re.match(name)
        number = _ORDINAL.match(name, word.end()) if word else None
        return number.group(1) if number else None

    def _announcer(self, text: str, telling: int) -> list[str]:
        """The body that tells of its own meeting: "Ủy ban Kiểm tra Trung ương vừa thông báo nội dung kỳ họp
        thứ 19"."""
        clause_start = max(text.rfind(x, 0, telling) for x in (";", ":", ". ")) + 1
        reader = PostReader(self.gaz, text, set())
        last = None
        for b in self.gaz.body_kind_re.finditer(text, clause_start, telling):
            found = reader.body_at(b.start()) if b.group(0)[0].isupper() else None
            if found and found[1] <= telling and _ANNOUNCER_GAP.fullmatch(text, found[1], telling):
                last = found[0]
        return [last] if last and not self._alone(last) else []

    def _kinds(self, text: str) -> list[re.Match]:
        """The words of the text that name a meeting; not "giao" (assign) before a body ("Giao Ban cán sự đảng
        UBND thành phố chỉ đạo …" is no "giao ban"), nor a venue's name ("tại Trung tâm Hội nghị 25B")."""
        out = []
        for k in self.gaz.event_re.finditer(text):
            if _VENUE_NAME.search(text, max(0, k.start() - 10), k.start()):
                continue
            if key(k.group(0)) == "giao ban" and k.group(0)[-3].isupper():
                found = PostReader(self.gaz, text, set()).body_at(k.end() - 3)
                if found and found[1] > k.end():
                    continue
            out.append(k)
        return out

    def _day_said_otherwise(self, masked: str, kinds: list[re.Match], article: Article,
                            anchors: list[tuple[int, Event]]) -> tuple[str, re.Match, None] | None:
        """The day of a meeting the sentence dates without writing it: "Cùng ngày, Đại hội … tỉnh Đăk Nông"
        is the day of the meeting before; "hôm nay, Ban Chấp hành … khai mạc Hội nghị" is the article's day."""
        kinds = [k for k in kinds if not _TOWARDS.search(masked, max(0, k.start() - 20), k.start())]
        if not kinds or _PLANNED.search(masked):
            return None
        if _SAME_DAY.search(masked) and anchors and anchors[-1][1].date:
            return anchors[-1][1].date, kinds[0], None
        if _TODAY.search(masked) and article.published:
            return article.published, kinds[0], None
        return None

    def _told_again(self, text: str, kind: re.Match, first: str, last: str | None, events: list[Event]) -> bool:
        """Whether a span of days names again the meeting already dated on one of them ("Lễ hội sâm núi Ngọc
        Linh … diễn ra từ ngày 9 đến ngày 13-6" after "Tối 10-6, … tổ chức Lễ hội sâm núi Ngọc Linh")."""
        if not last:
            return False
        kind_name = self.gaz.event_kinds[key(kind.group(0))]
        return any(e.kind == kind_name and e.date and first[-5:] <= e.date[-5:] <= last[-5:] for e in events)

    def _event(self, s: _Sentence, kind_match: re.Match, value: str | None, localities: Localities,
               named_only: bool = False) -> Event:
        kind = self.gaz.event_kinds[key(kind_match.group(0))]
        if key(kind_match.group(0)) in _MET:  # a body that met: "Ủy ban Kiểm tra đã họp kỳ 21"
            sitting = _SITTING.match(s.work, kind_match.end())
            named = self.gaz.event_re.match(s.work, kind_match.end() - len("họp"))  # "đã họp báo"
            if sitting:
                kind = self.gaz.event_kinds[key(sitting.group(1) + " họp")]
            elif named and named.end() > kind_match.end():
                kind = self.gaz.event_kinds[key(named.group(0))]
        event = Event(kind, _clause(s.work, kind_match.start()), value,
                      Evidence(s.source.start, s.source.end, s.source.text))
        event.organizers = self._organizers(s, kind_match, localities, named_only)
        return event

    @staticmethod
    def _year_of(value: str, masked: str, event_years: dict[str, str], published: str | None) -> str:
        """A day's year: the same day written in full, else the publication date, else the sentence's."""
        if not value.startswith("--"):
            return value
        if year := event_years.get(value):
            return dates.in_year(value, year)
        if published:
            return dates.with_year(value, published)
        if year := dates.year_around(masked, value):
            return dates.in_year(value, year)
        return value

    def _lead_event(self, article: Article, title: _Sentence | None, sents: list[_Sentence],
                    event_years: dict[str, str], localities: Localities) -> tuple[int, Event] | None:
        """The meeting an article reports without a sentence that both names and dates it.

        "Xã Phú Mỹ tổ chức hội nghị Ban Chấp hành Đảng bộ mở rộng …" as a headline, or "Tại buổi làm việc,
        …", "Đại hội … đã thành công tốt đẹp" in the body: the first meeting named so (not one looked forward
        to or announced) is the article's event, on the day its headline or its first sentences give, else
        on no known day.
        """
        if title and (_PLANNED.search(title.work) or _COMING.search(title.work)):
            return None  # "Sắp diễn ra Đại hội …": the article looks forward to its meeting
        for s in ([title] if title else []) + sents:
            masked = self._masked(s)
            if _PLANNED.search(masked) or _COMING.search(masked) or _EARLIER.search(masked) or (
                    s is not title and dates.dates_in(masked)):
                continue  # announced, told as background, or dated and still no meeting of its own
            kinds = [k for k in self._kinds(masked)
                     if not _TOWARDS.search(masked, max(0, k.start() - 20), k.start()) and not _many(masked, k)
                     and (s is title or key(k.group(0)) in _MET or _REPORTED.search(masked, max(0, k.start() - 20), k.start())
                          or _REPORTED_AFTER.match(masked, k.end()) or _TODAY.search(masked, 0, k.start()))]
            if not kinds:
                continue
            value = self._lead_day(article, title, sents, event_years)
            event = self._event(s, kinds[0], value, localities)
            if not event.organizers and title and s is not title:  # "Đảng ủy xã Bình Sơn tổ chức học tập …"
                said = self.organisers_said(title.work, len(title.work), PostReader(self.gaz, title.work, set()))
                event.organizers = [localities.complete(b) for b in said] if isinstance(said, list) else [said]
            return max(s.index, 0), event
        return None

    def _lead_day(self, article: Article, title: _Sentence | None, sents: list[_Sentence],
                  event_years: dict[str, str]) -> str | None:
        """The day the headline or the first sentences give, if it is no announced day or a document's."""
        for lead in ([title] if title else []) + sents[:3]:
            masked = self._masked(lead)
            if _PLANNED.search(masked) or _COMING.search(masked):
                continue
            found = [d for a, b, d in dates.dates_in(masked)
                     if not _END_OF_RANGE.search(masked, max(0, a - 20), a) and not _NEXT.match(masked, b)
                     and not _NOT_THE_MEETING.search(masked, b, _clause_end(masked, b))]
            if found:
                value = self._year_of(found[0], masked, event_years, article.published)
                if article.published and not value.startswith("--") and value > article.published:
                    return None
                return value
        return None

    def _background(self, text: str, start: int, end: int) -> bool:
        """Whether the clause that names a directive (at `start`:`end`) only says what it founded or appointed
        ("xã Hưng Vũ được thành lập theo Nghị quyết số 1672/NQ-UBTVQH15", "Tại Quyết định số 1166/QĐ-TTg, Thủ
        tướng đã phê chuẩn …"), without naming a meeting: such a document is no meeting's business. The name of
        the document is no part of what the clause says ("thông qua Nghị quyết về việc thành lập các phòng …")."""
        clause_start = max(text.rfind(x, 0, start) for x in (";", ":", ". ")) + 1
        clause_end = _CLAUSE_END.search(text, end)
        clause = text[clause_start:start] + " " + text[end:clause_end.start() if clause_end else len(text)]
        return bool(_FOUNDED.search(clause)) and not self.gaz.event_re.search(clause)

    @staticmethod
    def _event_date(masked: str, kinds: list[re.Match]) -> tuple[str, re.Match, str | None] | None:
        """The first date of the sentence that is the day of a meeting it names, with the nearest event word
        and, for a span of days, its last day.

        Not the end of a range ("làm việc đến ngày 18/5"), not a day the meeting is announced for ("sẽ
        khai mạc vào ngày 3/7", "dự kiến diễn ra ngày 8/4", "ngày 4-12 tới"), not the day a document or a
        notice about it came out ("ngày 16/12, Ủy ban Kiểm tra ra thông báo kỳ họp thứ 20", "tiến tới Đại
        hội …, ngày 28/6/2018, Ban Chấp hành đã ban hành kế hoạch"). A meeting looked forward to ("tiến tới
        Đại hội", "chào mừng Đại hội") is not the one the sentence dates.
        """
        kinds = [k for k in kinds if not _TOWARDS.search(masked, max(0, k.start() - 20), k.start())]
        if not kinds or _AS_PLANNED.match(masked):
            return None  # "Theo kế hoạch trước đó, kỳ họp thứ hai … khai mạc ngày 18/8"
        for start, end, value in dates.dates_in(masked):
            if _END_OF_RANGE.search(masked, max(0, start - 20), start):
                continue
            kind = min(kinds, key=lambda k: abs(k.start() - end))
            between = masked[min(end, kind.end()):max(start, kind.start())]
            if _PLANNED.search(between) or _COMING.search(masked) or _NEXT.match(masked, end) or (
                    kind.start() < start and _WILL_AFTER.match(masked, end)):
                continue
            clause = _CLAUSE_END.search(masked, end)
            after = masked[end:clause.start() if clause else len(masked)] if kind.start() < start else ""
            if _NOT_THE_MEETING.search(between) or _NOT_THE_MEETING.search(after):
                continue
            if start < kind.start() and _TOLD.search(between):
                continue  # "chiều 23/6, một cán bộ … cho hay, … cuộc họp …": the day it was told, not held
            if masked.count('"', 0, start) % 2 and masked.count('"', 0, kind.start()) % 2:
                continue  # named and dated only in someone's quoted words: "Tôi làm việc với huyện … từ 8/2 mà …"
            if start < kind.start() and _STILL_TO_OPEN.match(masked, kind.end(), _clause_end(masked, kind.end())):
                continue  # "Sáng 1/12, kỳ họp thứ 14 HĐND thành phố sẽ khai mạc"
            return value, kind, dates.span_end(masked, start)
        return None

    @staticmethod
    def _latest_year(sents: list[_Sentence], published: str | None) -> int | None:
        """The latest year the article's days are written in (not what an anniversary remembers), or its
        publication's: the year the article is of, give or take one."""
        years = [int(value[:4]) for s in sents
                 for _, _, value in dates.dates_in(dates.without_anniversaries(s.work), cued=False)
                 if not value.startswith("--")]
        if published:
            years.append(int(published[:4]))
        return max(years, default=None)

    def _event_years(self, sents: list[_Sentence]) -> dict[str, str]:
        """Days the sentences that name a meeting also write in full ("22-5-2017" beside "sáng 22-5"), by --MM-DD,
        with their year.

        Only days written where the article names a meeting, and only when they agree on one year: dates
        of documents, births, deaths and what an anniversary remembers ("ngày 14/6/1957, Bác Hồ về thăm
        quê" beside "Tối 14/6, … Lễ kỷ niệm 60 năm") say nothing about a meeting.
        """
        years: dict[str, set[str]] = {}
        for s in sents:
            masked = dates.without_anniversaries(self._masked(s))
            for _, _, value in dates.dates_in(masked, cued=False):
                if not value.startswith("--"):
                    years.setdefault("--" + value[5:], set()).add(value[:4])
        return {day: found.pop() for day, found in years.items() if len(found) == 1}

    def _masked(self, s: _Sentence) -> str:
        """The sentence's text with documents' numbers and days blanked out, read once."""
        if not s.masked:
            s.masked = self._mask_directives(s.work)
        return s.masked

    def _mask_directives(self, text: str) -> str:
        """Blank out document numbers and their dates so "ngày 30.3.2007" of a directive is no event date."""
        def blank(m: re.Match) -> str:
            return " " * len(m.group(0))
        return self._not_event_dates.sub(blank, _NUMBERED_PAPER.sub(blank, self._document_dates.sub(blank, text)))

    def _organizers(self, s: _Sentence, kind: re.Match, localities: Localities, named_only: bool = False) -> list[str]:
        """The bodies that held the event: those the sentence says organised it, else the body that met.

        A place written once at the end of a list belongs to each body of it ("Thành ủy, HĐND, UBND, Ủy ban
        MTTQ Việt Nam TP Hồ Chí Minh"); each is completed with the article's locality; a kind alone
        ("Đoàn" of "Đoàn công tác", "Đảng bộ") names no body, unless the country has one ("Quốc hội").
        """
        text = s.work
        said = [] if named_only else self.organisers_said(text, kind.start(),
                                                           PostReader(self.gaz, text, {n.start for n in s.names}))
        found = said if said and isinstance(said, list) else self._host_named(text, kind,
                                                                               PostReader(self.gaz, text, set()))
        if isinstance(said, str):  # a place held it: "Xã Phú Mỹ tổ chức hội nghị Ban Chấp hành Đảng bộ mở rộng"
            found = [self._in_place(b, said) for b in found] or [said]
        out = self._named_bodies(found, localities)
        if not out and not said and not named_only:
            out = self._named_bodies(self._session_subject(text, kind), localities)
        return out

    def _named_bodies(self, found: list[str], localities: Localities) -> list[str]:
        """Bodies read for a meeting, each named in full: a list's place shared, the article's locality added,
        kinds alone and delegations left out."""
        out: list[str] = []
        for body in self._shared_place([self._without_verb(b) for b in found]):
            body = localities.complete(body)
            if body not in out and not self._alone(body) and not _DELEGATION.match(body):
                out.append(body)
        return out

    def _session_subject(self, text: str, kind: re.Match) -> list[str]:
        """The body that sat in a session named first in its clause: "tại phiên họp ngày 17-12, Ban Bí thư đã
        kết luận …", "Tại cuộc giao ban báo chí chiều 20/10, Ban Tuyên giáo Thành uỷ Hà Nội đã thông báo …".
        Only sessions and press briefings (_SESSION_KINDS): at a conference, the body named after it may be a
        guest ("Tại Hội nghị, Bộ Chính trị trình Trung ương …")."""
        if self.gaz.event_kinds.get(key(kind.group(0))) not in _SESSION_KINDS or not _AT_SESSION.search(
                text, max(0, kind.start() - 15), kind.start()):
            return []
        name = _SESSION_NAME.match(text, kind.end())
        if not name or name.end() - kind.end() > 120 or self.gaz.title_re.match(text, name.end()):
            return []
        found = PostReader(self.gaz, text, set()).body_at(name.end())
        if not found or not _VERB_AFTER.match(text, found[1]):
            return []
        return [found[0]]

    def _alone(self, body: str) -> bool:
        """Whether the body is a kind written alone that a list's place may complete ("HĐND" of "Tỉnh ủy,
        HĐND, UBND tỉnh Hà Nam"); not one of the country's single bodies ("Quốc hội")."""
        k = key(body)
        return k in self.gaz.body_kinds and self.gaz.bare_bodies.get(k) != "one"

    def _shared_place(self, bodies: list[str]) -> list[str]:
        """Bare kinds of a list given the place the list writes once, after its last body."""
        place = None
        for body in reversed(bodies):
            m = self.gaz.body_kind_re.match(body)
            if m and body[m.end():].strip() and not self._alone(body):
                head = m.group(0).split()[-1]  # "Ban Thường vụ Trung ương Hội" + "Luật gia Việt Nam": the Hội's
                owner = head[0].isupper() and key(head) in self.gaz.body_kinds and len(m.group(0).split()) > 1
                place = body[m.end() - len(head):].strip() if owner else body[m.end():].strip()
                break
        if not place:
            return bodies
        bare_place = _UNIT_WORD.sub("", place)  # "Tỉnh ủy" carries its unit: "Tỉnh ủy Hà Nam"
        return [(f"{b} {bare_place}" if key(b).endswith(" ủy") else f"{b} {place}") if self._alone(b) else b
                for b in bodies]

    def _without_verb(self, body: str) -> str:
        """A body whose reading ran into the clause after it ("… FLC đã") cut before it."""
        words = body.split()
        while len(words) > 1 and words[-1][:1].islower() and key(words[-1]) in self.gaz.clause_words:
            words.pop()
        return " ".join(words)

    def _host_named(self, text: str, kind: re.Match, reader: PostReader) -> list[str]:
        """The body a meeting is named after ("Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ tỉnh", "Kỳ họp thứ
        11, HĐND tỉnh Đồng Nai", "phiên họp của Thường trực HĐND huyện", "Đại hội đại biểu Đảng bộ xã X"),
        or the one that always holds it ("Hội nghị Trung ương 9": the Party's Central Committee)."""
        pos = _end_of(_BEFORE_HOST, text, kind.end())
        inner = self.gaz.event_re.match(text, pos)
        if inner:  # "phiên trù bị Đại hội đại biểu Đảng bộ …", "phiên bế mạc Hội nghị …": the meeting it is part of
            kind, pos = inner, _end_of(_BEFORE_HOST, text, inner.end())
        host = self.gaz.event_hosts.get(key(kind.group(0)))
        if not host:
            return []
        found = reader.body_at(pos)
        if host != "named":
            return [] if found or _UPPER_START.match(text, pos) else [host]
        out = []
        while found:
            out.append(found[0])
            joined = _JOINED_HOST.match(text, found[1])  # "Hội nghị Đảng đoàn - Ban Thường vụ Trung ương Hội"
            found = reader.body_at(joined.end()) if joined else None
        return out

    @staticmethod
    def _in_place(body: str, place: str) -> str:
        """A body of the place that held the meeting: "Ban Chấp hành Đảng bộ" of "xã Phú Mỹ"."""
        if _UNIT_TAIL.search(body):  # "… Việt Nam xã" + "xã Chiêm Hóa"
            return f"{_UNIT_TAIL.sub('', body)} {place}"
        return body if _NAMED_PLACE.search(body) else f"{body} {place}"

    def organisers_said(self, text: str, kind_start: int, reader: PostReader) -> list[str] | str:
        """Bodies written just before "tổ chức" (or after "do … tổ chức") in the event's sentence, or the place
        written there ("xã Chiêm Hóa, tỉnh Tuyên Quang đã tổ chức …").

        Not a body inside a person's post ("Bí thư Thành ủy … đã làm việc với"), nor the venue ("tại hội
        trường UBND huyện, Huyện ủy tổ chức").
        """
        text = reader.text
        for m in _ORGANISE.finditer(text):
            if m.start() > kind_start + 60 and not _BY_BODY.match(text, kind_start, m.start()):
                break  # "Hội nghị “Hà Nội 2016 – …” do UBND TP Hà Nội tổ chức": the body stands between
            clause_start = max(text.rfind(x, 0, m.start()) for x in (";", ":", ". ")) + 1
            bodies: list[tuple[int, int, str]] = []
            i = clause_start
            for b in self.gaz.body_kind_re.finditer(text, clause_start, m.start()):
                named = any(c.isupper() for c in b.group(0))  # "ban Tuyên giáo Thành uỷ Cần Thơ": a kind in lower case
                if b.start() < i or not named or _IN_A_NAME.search(text, clause_start, b.start()) \
                        or self.gaz.event_re.match(text, b.start()):
                    continue  # "Phòng" of "Hải Phòng", "Hội" of "Hội nghị" is no body
                found = reader.body_at(b.start())
                if found:
                    name, i = found
                    if i > m.start():  # the reading ran into the verb: "HĐND Thành phố Hải Phòng tiến hành"
                        overlap = len(text[m.start():i].split())
                        name, i = " ".join(name.split()[:-overlap]), m.start()
                    before = text[clause_start:b.start()]
                    names = [n - clause_start for n in reader.name_starts if clause_start <= n < b.start()]
                    if name and not (_VENUE.search(before) or self._in_a_post(before, names)):
                        bodies.append((b.start(), i, name))
            chosen: list[tuple[int, int, str]] = []
            end = m.start()
            partner = _PARTNER.search(text, clause_start, m.start())
            if partner:  # "UBND tỉnh Quảng Nam phối hợp các cơ quan chức năng tổ chức …"
                end = partner.start()
                bodies = [b for b in bodies if b[1] <= end]
            for start, stop, name in reversed(bodies):
                if not _ORGANISER_GAP.fullmatch(text, stop, end):
                    break
                chosen.insert(0, (start, stop, name))
                end = start
            if chosen and _GENITIVE.search(text, clause_start, chosen[0][0]) and not _ON_BEHALF.search(
                    text, clause_start, chosen[0][0]):
                chosen = self._genitive(text, bodies, chosen)
            if chosen:
                return [name for _, _, name in chosen]
            by = re.search(r"\bdo\s+", text[clause_start:m.start()])  # "Lễ … do UBND tỉnh Quảng Nam tổ chức"
            if by:
                found = reader.body_at(clause_start + by.end())
                if found:
                    return [found[0]]
            place = None if bodies else _PLACE_SUBJECT.search(text, clause_start, m.start())
            if place and re.search(r"tổ chức|tiến hành", m.group(0)):
                return place.group(1)[0].lower() + place.group(1)[1:]
        chaired = _CHAIRED_BY.match(text, kind_start)  # "Cuộc họp do Tổng cục Du lịch chủ trì": a body convened it
        if chaired:
            found = reader.body_at(chaired.start(1))
            if found and found[1] >= chaired.end(1):
                return [found[0]]
        return []

    @staticmethod
    def _genitive(text: str, bodies: list[tuple[int, int, str]],
                  chosen: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Organisers whose first body follows "của": it belongs to the noun before it.

        "Ủy ban Văn hóa, Giáo dục của Quốc hội tổ chức": one body, written out. "Được sự đồng ý của Thường
        vụ Quân ủy Trung ương và Thường trực Thành ủy, Bộ Tư lệnh Thủ đô tổ chức": the bodies after "của"
        agreed; the one after the comma organised.
        """
        first = chosen[0]
        owner = [b for b in bodies if b[1] <= first[0] and _OWNED.fullmatch(text, b[1], first[0])]
        if owner:
            start = owner[-1][0]
            return [(start, first[1], text[start:first[1]])] + chosen[1:]
        for i in range(len(chosen) - 1):
            if re.match(r"\s*,", text[chosen[i][1]:chosen[i + 1][0]]):
                return chosen[i + 1:]
        return []

    def _in_a_post(self, before: str, names: Iterable[int] = ()) -> bool:
        """Whether a body written after `before` is the body of a post ("Bí thư Thành ủy …"), or a post
        itself in a chain of them ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư … đã làm việc").

        An item that names a person (`names`: where names start in `before`) ends no chain of posts: "dưới
        sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng, Ban Chấp hành Trung ương đã họp"."""
        tail = before[-40:].rstrip()
        if any(m.end() == len(tail) for m in self.gaz.title_re.finditer(tail)):
            return True
        chain = _LAST_ITEM.search(before)
        return chain is not None and bool(self.gaz.title_re.search(chain.group(1))) and not any(
            chain.start(1) <= n < chain.end(1) for n in names)

    def _parts(self, s: _Sentence) -> list[tuple[str, str, int]]:
        """(name, part, verb) for each person the verbs of the sentence give a part; `verb` is where the verb
        stands, so that the names one verb gives a part ("Chủ trì hội nghị có các đồng chí: A; B") stay
        together."""
        out: list[tuple[str, str, int]] = []
        text = s.work
        refs = s.refs
        verbs = list(self.gaz.verb_re.finditer(text))
        if any(key(v.group(0)) in self._verbs_in_titles for v in verbs):  # "dự" of "Ủy viên dự khuyết" is none
            titles = [(m.start(), m.end()) for m in self.gaz.title_re.finditer(text)]
            title_starts = [a for a, _ in titles]
            verbs = [v for v in verbs if not _inside_one(titles, title_starts, v.start())]
        index = _Index(text, refs, verbs)
        for v in verbs:
            part = self.gaz.verbs[key(v.group(0))]
            if key(v.group(0)) == "làm việc tại" and _EMPLOYED.search(text, max(0, v.start() - 20), v.start()):
                continue  # "có thời gian làm việc tại Nhà máy Điện Phả Lại": a career, not a visit
            if part == "lead" and _AS_NOUN.search(text, max(0, v.start() - 10), v.start()):
                out += [(name, part, v.start()) for name in self._session_lead(text, index, v)]
                continue  # "buổi làm việc với": a thing, whose lead the phrase around it may name
            if part == "none" or self._in_a_body_name(text, v) or _NUMBERED.match(text, v.end()) \
                    or _COUNTED.search(text, max(0, v.start() - 10), v.start()) \
                    or _A_ROLE.search(text, max(0, v.start() - 12), v.start()) \
                    or (part == "chair" and _A_TASK.match(text, v.end())) \
                    or (key(v.group(0)) != "trao" and _PASSIVE.search(text, max(0, v.start() - 8), v.start())) \
                    or _NOT_DONE.search(text, max(0, v.start() - 8), v.start()):
                continue  # "3 nghị quyết và 1 kết luận": a thing, not an act
            handed = _HANDED_TO.match(text, v.end()) if key(v.group(0)) == "trao" else None
            if handed:
                out += [(r.name, "participant", v.start())
                        for r in index.refs_from(handed.end(), _clause_end(text, handed.end()))
                        if not _IN_ABSENCE.search(text, v.end(), r.start)]
            clause_start = index.clause_start(v.start())
            if part == "speaker" and "chỉ đạo" in key(v.group(0)) and self._attends_too(text, index, clause_start, v):
                part = "conclude"  # "dự và chỉ đạo", "đến dự và phát biểu ý kiến chỉ đạo": the guest who presides
            if part in _LIST_PARTS:
                clause_start = self._list_start(text, index, clause_start)
            previous = index.verbs_before(clause_start, v)
            between = [r for r in index.refs_from(previous[-1].end() + 1, v.start()) if r.end <= v.start()] \
                if previous else []
            if previous and not between and _SHARED_SUBJECT.fullmatch(
                    text, previous[-1].end(), v.start()):
                previous.pop()  # "dự và chủ trì": the verbs share their subject
            previous_verb = previous[-1].end() if previous else -1
            before = [r for r in index.refs_from(max(clause_start, previous_verb + 1), v.start()) if r.end <= v.start()]
            if _OF_NOUN.match(text, v.end()):
                before = []  # "Theo quy trình …, đề nghị của Ủy ban Kiểm tra cần …": a noun, whose owner follows it
            if before and self._body_is_subject(text, before[-1].end, v.start(), part == "lead"):
                before = []  # "Qua giải quyết tố cáo ông A, Ủy ban Kiểm tra Trung ương kết luận"
            after = index.refs_from(v.end())
            opener = _LIST_OPENER.match(text, v.end()) or (part == "chair" and _OF_THE_LIST.match(text, v.end())) or (
                part == "participant" and _OF_GUESTS.match(text, v.end()))
            if part in _LIST_PARTS and opener and after:
                list_end = _CLAUSE_END.search(text, opener.end())
                stop = list_end.start() if list_end and list_end.group(0) != ":" else len(text)
                if list_end and list_end.group(0) == ";":
                    stop = len(text)
                out += [(r.name, part, v.start()) for r in index.refs_from(v.end(), stop)]
            elif before and part == "speaker" and _DONE_TO.search(text, clause_start, before[0].start):
                pass  # "… làm rõ trách nhiệm ông A … và đề nghị Ban Bí thư": A is what the clause is about
            elif before and (part != "speaker" or before[-1].end > v.start() - 200):
                names = [r.name for r in before] if part in ("chair", "participant") else [before[0].name]
                out += [(n, part, v.start()) for n in names]
            elif after and part != "lead" and (self._subject_after(text, v, clause_start, after[0])
                                               or (_OF_OR_IS.match(text, v.end())
                                                   and not _NOT_THE_OWNER.search(text, v.end(), after[0].start))):
                out.append((after[0].name, part, v.start()))
        return out

    def _in_a_body_name(self, text: str, verb: re.Match) -> bool:
        """Whether a verb written with a capital right after the kind of a body is a word of the body's name: "Bộ
        Thông tin và Truyền thông", "Ban Chỉ đạo Tây Nguyên"."""
        if not verb.group(0)[0].isupper():
            return False
        window = max(0, verb.start() - 30)
        return any(m.end() == verb.start() - 1 and m.group(0)[0].isupper()
                   for m in self.gaz.body_kind_re.finditer(text, window, verb.start()))

    @staticmethod
    def _session_lead(text: str, index: _Index, verb: re.Match) -> list[str]:
        """Who leads a working session named as a thing ("tại buổi làm việc với …"): the person it is held with
        ("Tại buổi làm việc với Bí thư Thành ủy Đinh La Thăng, lãnh đạo huyện cho biết …"), else, with a body
        that is no delegation ("… với Đoàn, đồng chí Bí thư Tỉnh ủy …" is the host), the person whose clause
        holds it ("Bí thư Thành ủy Đinh La Thăng đặt ra yêu cầu tại buổi làm việc với LĐLĐ", "Chiều 19/5, tại
        buổi làm việc với huyện Hóc Môn, Bí thư Thành ủy Đinh La Thăng yêu cầu …")."""
        end = _CLAUSE_END.search(text, verb.end())
        clause_end = end.start() if end else len(text)
        comma = text.find(",", verb.end(), clause_end)
        phrase_end = comma if comma >= 0 else clause_end
        held_with = [r for r in index.refs_from(verb.end(), phrase_end)
                     if not _NOT_A_TITLE.search(text, verb.end(), r.start)]
        if held_with:
            return [held_with[0].name]
        if _DELEGATION_AFTER.match(text, verb.end()):
            return []
        clause_start = index.clause_start(verb.start())
        before = [r for r in index.refs_from(clause_start, verb.start()) if r.end <= verb.start()]
        if before:
            return [before[0].name]
        if comma < 0 or not _AT_THE_SESSION.fullmatch(text, clause_start, verb.start()):
            return []  # "Đoàn đã có buổi làm việc với …, chính thức thông báo … đối với ông A": not A's
        after = index.refs_from(phrase_end, clause_end)
        return [after[0].name] if after else []

    @staticmethod
    def _subject_after(text: str, verb: re.Match, clause_start: int, first: _Ref) -> bool:
        """Whether a verb that opens its clause names its subject after a comma: "Phát biểu tại hội nghị, đồng
        chí A …", "Tại buổi làm việc, phát biểu ý kiến, đồng chí A …" (not "…, chính thức thông báo Kết luận …
        đối với ông A")."""
        opens = verb.group(0)[0].isupper() or _HEAD_OF_CLAUSE.fullmatch(text, clause_start, verb.start())
        return bool(opens) and bool(re.match(r"[^,.;]{0,80},", text[verb.end():first.start]))

    def _body_is_subject(self, text: str, after_name: int, verb: int, visit: bool) -> bool:
        """Whether a body, not the person before it, is the verb's subject: the words after the last comma
        that follows the person begin with a body ("Qua giải quyết tố cáo ông A, Ủy ban Kiểm tra Trung ương
        kết luận"), or, for a visit or a working session, a body stands right before the verb ("Theo ông A,
        kỳ họp diễn ra sau khi Bộ Chính trị vừa làm việc với …")."""
        comma = text.rfind(",", after_name, verb)
        if comma >= 0:
            segment = text[comma + 1:verb].lstrip()
            if self.gaz.body_kind_re.match(segment) and not self.gaz.title_re.match(segment):
                return True
        if not visit:
            return False
        reader = PostReader(self.gaz, text, set())
        read_to = after_name
        for b in self.gaz.body_kind_re.finditer(text, after_name, verb):
            if b.start() < read_to or not b.group(0)[0].isupper():
                continue
            found = reader.body_at(b.start())
            if not found:
                continue
            read_to = found[1]
            before = text[max(0, b.start() - 40):b.start()]
            if self._in_a_post(before) or _WITH.search(before):
                continue  # "Bí thư Thường trực Trung ương Đoàn đồng chủ trì", "A cùng Đoàn công tác của Ban X"
            if found[1] <= verb and _RIGHT_BEFORE_VERB.fullmatch(text, found[1], verb):
                return True
        return False

    def _attends_too(self, text: str, index: _Index, clause_start: int, verb: re.Match) -> bool:
        """Whether the verb shares its subject with a verb of attending right before it ("dự và chỉ đạo")."""
        previous = index.verbs_before(clause_start, verb, last=1)
        return bool(previous) and self.gaz.verbs[key(previous[-1].group(0))] == "participant" and bool(
            _SHARED_SUBJECT.fullmatch(text, previous[-1].end(), verb.start()))

    @staticmethod
    def _list_start(text: str, index: _Index, clause_start: int) -> int:
        """Where a list of persons that ends in this clause begins: "Các đồng chí A, T1; B, T2 đồng chủ trì"
        goes back over the items before ";" that begin with a name and hold no verb."""
        while clause_start > 0 and text[clause_start - 1] == ";":
            previous = index.clause_start(clause_start - 1)
            if _end_of(_LIST_ITEM, text, previous) not in index.ref_start_set:
                break
            clause_start = previous
        return clause_start


_CLAUSE_STOP = re.compile(r";|:|\. ")
_OF_OR_IS = re.compile(r"\s*(?:của|là)\s")
_OF_NOUN = re.compile(r"\s*của\s")
# "đề nghị của Ủy ban Kiểm tra về việc kỷ luật đối với ông A": the person after "về", "đối với" is what it is about.
_NOT_THE_OWNER = re.compile(r";|(?<!\w)(?:về|đối với|với)(?!\w)", re.IGNORECASE)
_SHARED_SUBJECT = re.compile(r"\s*(?:,|và|,\s*và)\s*")


class _Index:
    """Where one sentence's clauses begin, its persons and its verbs stand, looked up by bisection.

    The rules ask, for each verb, for the clause it stands in and the persons and verbs around it; a
    sentence of the genre holds a few of each, but a page with no full stop may hold thousands, and
    scanning them all for each verb would make reading it quadratic.
    """

    def __init__(self, text: str, refs: list[_Ref], verbs: list[re.Match]):
        stops = list(_CLAUSE_STOP.finditer(text))
        self.stop_ends = [m.end() for m in stops]  # a stop counts once whole before a position
        self.clause_starts = [m.start() + 1 for m in stops]
        self.refs = refs
        self.ref_starts = [r.start for r in refs]
        self.ref_start_set = set(self.ref_starts)
        self.verbs = verbs
        self.verb_starts = [v.start() for v in verbs]

    def clause_start(self, pos: int) -> int:
        """Where the clause holding `pos` begins: after the last ";", ":" or ". " wholly before it."""
        i = bisect_right(self.stop_ends, pos)
        return self.clause_starts[i - 1] if i else 0

    def refs_from(self, start: int, stop: int | None = None) -> list[_Ref]:
        """The persons that start at or after `start` (and before `stop`)."""
        lo = bisect_left(self.ref_starts, start)
        hi = bisect_left(self.ref_starts, stop) if stop is not None else len(self.refs)
        return self.refs[lo:hi]

    def verbs_before(self, start: int, verb: re.Match, last: int = 2) -> list[re.Match]:
        """The last verbs (at most `last`) standing wholly between `start` and `verb`."""
        lo = bisect_left(self.verb_starts, start)
        hi = bisect_left(self.verb_starts, verb.start())
        return [w for w in self.verbs[max(lo, hi - last - 1):hi] if w.end() <= verb.start()][-last:]


def _with_bodies(bodies: list[str], more: list[str]) -> list[str]:
    """The bodies and more of them, a body named once in full and once shortened ("Hội Luật gia Việt Nam",
    "Hội Luật Gia") kept once, in full."""
    out = list(bodies)
    for body in more:
        k = key(body)
        same = next((i for i, b in enumerate(out)
                     if (key(b) + " ").startswith(k + " ") or (k + " ").startswith(key(b) + " ")), None)
        if same is None:
            out.append(body)
        elif len(body) > len(out[same]):
            out[same] = body
    return out


def _many(text: str, kind: re.Match) -> bool:
    """Whether an event word names many meetings: "63 đại hội đảng bộ", "đại hội đảng bộ các cấp", "Đại hội
    của 63 Đảng bộ"."""
    counted = key(kind.group(0)) not in _MET and _COUNTED.search(text, max(0, kind.start() - 10), kind.start())
    return bool(counted or _EVERY_LEVEL.match(text, kind.end()))


def _end_of(pattern: re.Pattern, text: str, pos: int) -> int:
    """Where a pattern that may match nothing (its parts all optional) ends when matched at `pos`."""
    m = pattern.match(text, pos)
    return m.end() if m else pos


def _inside_one(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether `pos` stands strictly inside one of these spans (sorted, not overlapping)."""
    i = bisect_left(starts, pos)
    return i > 0 and spans[i - 1][0] < pos < spans[i - 1][1]


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


def _clause(text: str, start: int) -> str:
    m = re.compile(r"[.;:]|\s-\s|,\s(?=" + UPPER + ")").search(text, start)
    return text[start:m.start() if m else len(text)].strip()[:200]
