import { text } from '../../core/text.js';
import { type Descriptions, participantFields, subjectFields, textFields } from './shared.js';

/** Every field of a cycle definition (`CycleDefinitionSchema`), by path. */
export const CYCLE_DEFINITION_FIELDS: Descriptions = {
  id: text('Mã đợt kiểm điểm.', 'The cycle’s id.'),
  title: text('Tên đợt, hai thứ tiếng.', 'The cycle’s title, in both languages.'),
  ...textFields('title'),
  year: text('Năm đánh giá.', 'The review year.'),
  profile: text(
    'Hồ sơ cấu hình đi kèm thư viện (getProfile(profile, year)): hạn chót, danh mục hồ sơ, quy tắc, tỷ lệ.',
    'A bundled profile (getProfile(profile, year)): its deadlines, dossier list, rules and quota apply.',
  ),
  ruleSet: text(
    'Bộ quy tắc; mặc định theo hồ sơ cấu hình (chế độ Đảng) hoặc ruleSetFor (chế độ công vụ).',
    'The rule set; default: the profile’s (party regime) or ruleSetFor’s (civil service).',
  ),
  organizer: text(
    'Cơ quan tổ chức đợt: nhận hồ sơ, tổng hợp (ví dụ Sở Nội vụ).',
    'The body that runs the cycle, receives dossiers and compiles the summary (e.g. the Department of Home Affairs).',
  ),
  issuer: text(
    'Cơ quan ban hành văn bản mở đợt (ví dụ Ban cán sự đảng UBND tỉnh).',
    'The body that issued the letter (e.g. the provincial People’s Committee’s party delegation).',
  ),
  organizerPersons: text(
    'Những người thực hiện thay cơ quan tổ chức (tổng hợp, hoàn tất, nhận hồ sơ).',
    'The persons who act for the organizer (compile, finalize, receive dossiers).',
  ),
  openedAt: text(
    'Thời điểm mở đợt (ISO 8601 có múi giờ); mặc định 00:00 ngày opensOn của hồ sơ cấu hình.',
    'When the cycle opens (ISO 8601 with an offset); default 00:00 of the profile’s opensOn.',
  ),
  units: text('Các cơ quan, đơn vị của đợt.', 'The units of the cycle.'),
  'units[].id': text('Mã đơn vị.', 'The unit’s id.'),
  'units[].name': text('Tên đơn vị.', 'The unit’s name.'),
  'units[].parentId': text(
    'Đơn vị cấp trên trực tiếp; bỏ trống nếu trực thuộc cơ quan ban hành. X-ORDER xếp loại cấp dưới trước.',
    'The unit directly above; absent directly under the issuer. X-ORDER rates the lower unit first.',
  ),
  'units[].type': text(
    'Loại đơn vị theo lời văn bản (sở, hội, công ty, …).',
    'What kind of unit, in the letter’s words (department, association, company, …).',
  ),
  'units[].via': text(
    'Liên hệ qua (chú thích 1 của văn bản: người đại diện phần vốn nhà nước).',
    'Reached through someone (the letter’s footnote 1: the state capital representative).',
  ),
  ...textFields('units[].via'),
  'units[].senders': text(
    'Những người gửi hồ sơ của đơn vị; mặc định: người đứng đầu của các đối tượng trong đơn vị.',
    'The persons who send the unit’s dossier; default: every unit head of its subjects.',
  ),
  subjects: text(
    'Các đối tượng kiểm điểm, mỗi đối tượng một cuộc kiểm điểm.',
    'The subjects, one review each.',
  ),
  ...subjectFields('subjects[].'),
  'subjects[].category': text(
    'Phân loại theo hồ sơ cấu hình (ví dụ leaders-btv): routing của hồ sơ đọc trường này.',
    'The profile’s category (e.g. leaders-btv): the profile’s routing reads it.',
  ),
  'subjects[].personId': text(
    'Cá nhân: mã người, nối kiểm điểm công vụ với kiểm điểm đảng viên của cùng một người (X-ORDER).',
    'Individuals: the person, linking one person’s civil-service and party reviews (X-ORDER).',
  ),
  'subjects[].headOfUnitId': text(
    'Cá nhân là người đứng đầu đơn vị này (X-ORDER: sau tập thể lãnh đạo của đơn vị).',
    'An individual who heads this unit (X-ORDER: after the unit’s leadership collective).',
  ),
  'subjects[].memberOf': text(
    'Cá nhân là thành viên của tập thể này (mã một đối tượng tập thể).',
    'An individual who is a member of this collective (the id of a collective subject).',
  ),
  'subjects[].authority': text(
    'Cấp có thẩm quyền quyết định mức xếp loại (mã cơ quan hoặc người); cùng những người của vai trò authority, là người duy nhất ghi được ý kiến vượt tỷ lệ khi hoàn tất (FINALIZE).',
    'The competent authority that decides the level (a body’s or person’s id); with the persons of the authority role, the only one who may give a quota override at FINALIZE.',
  ),
  'subjects[].dossierItems': text(
    'Các mục "nếu có" của danh mục hồ sơ mà hồ sơ của đối tượng này phải có (ví dụ nhận xét của chi ủy nơi cư trú).',
    'The profile’s if-required dossier items this subject’s dossier must hold (e.g. the residence party committee’s comments).',
  ),
  ...participantFields('subjects[].participants'),
  routes: text(
    'Nơi nhận kết quả ngoài cơ quan tổ chức, theo diện quản lý.',
    'Where results go besides the organizer, by management scope.',
  ),
  'routes[].to': text('Cơ quan nhận (mã cơ quan).', 'The receiving body (a body’s id).'),
  'routes[].scopes': text(
    'Đối tượng thuộc các diện quản lý này cũng gửi đến đó.',
    'Subjects of these management scopes go there too.',
  ),
  groups: text(
    'Tên các nhóm đối tượng tương đồng (subjects[].group) để in trong bản tổng hợp; nhóm không có tên in theo mã.',
    'Names of the comparable groups (subjects[].group) the summary prints; a group without one is printed by its id.',
  ),
  'groups[].id': text(
    'Mã nhóm, như trong subjects[].group (phải có đối tượng thuộc nhóm).',
    'The group’s id, as in subjects[].group (some subject must be in it).',
  ),
  'groups[].name': text(
    'Tên nhóm, hai thứ tiếng (ví dụ Tập thể lãnh đạo các sở, ban, ngành).',
    'The group’s name, in both languages (e.g. Leadership collectives of the departments).',
  ),
  ...textFields('groups[].name'),
  scopes: text(
    'Tên các diện quản lý (subjects[].scope, routes[].scopes) để in trong bản tổng hợp; diện không có tên in theo mã.',
    'Names of the management scopes (subjects[].scope, routes[].scopes) the summary prints; one without a name is printed by its id.',
  ),
  'scopes[].id': text(
    'Mã diện quản lý, như trong subjects[].scope hoặc routes[].scopes.',
    'The scope’s id, as in subjects[].scope or routes[].scopes.',
  ),
  'scopes[].name': text(
    'Tên diện quản lý, hai thứ tiếng (ví dụ Diện Ban Thường vụ Tỉnh ủy quản lý).',
    'The scope’s name, in both languages (e.g. Managed by the Provincial Standing Committee).',
  ),
  ...textFields('scopes[].name'),
};
