/**
 * The units of the demo's Kon Tum cycle: the kinds the seed letter addresses (departments, the five
 * associations of its "Kính gửi", a management board, public service units, a state financial
 * fund, the two companies of footnote 1 reached through the state capital representative) and
 * units under the departments. Names are real-looking; the people in them are titles only.
 */
export interface DemoUnitSpec {
  readonly id: string;
  readonly name: string;
  /** The letter's kind of unit. */
  readonly type:
    | 'department'
    | 'association'
    | 'management-board'
    | 'public-service-unit'
    | 'state-fund'
    | 'company'
    | 'sub-unit';
  /** The head's and a deputy's title. */
  readonly head: string;
  readonly deputy: string;
  readonly children?: readonly DemoUnitSpec[];
}

const sub = (id: string, name: string, head: string, deputy: string): DemoUnitSpec => ({
  id,
  name,
  type: 'sub-unit',
  head,
  deputy,
});
const chiCuc = (id: string, name: string) => sub(id, name, 'Chi cục trưởng', 'Phó Chi cục trưởng');
const center = (id: string, name: string) => sub(id, name, 'Giám đốc', 'Phó Giám đốc');
const dept = (id: string, name: string, children: readonly DemoUnitSpec[]): DemoUnitSpec => ({
  id,
  name,
  type: 'department',
  head: 'Giám đốc',
  deputy: 'Phó Giám đốc',
  children,
});
const assoc = (id: string, name: string): DemoUnitSpec => ({
  id,
  name,
  type: 'association',
  head: 'Chủ tịch',
  deputy: 'Phó Chủ tịch',
});

export const KON_TUM_UNITS: readonly DemoUnitSpec[] = [
  dept('so-noi-vu', 'Sở Nội vụ', [
    sub('ban-thi-dua-khen-thuong', 'Ban Thi đua - Khen thưởng', 'Trưởng ban', 'Phó Trưởng ban'),
    sub('ban-ton-giao', 'Ban Tôn giáo', 'Trưởng ban', 'Phó Trưởng ban'),
    chiCuc('chi-cuc-van-thu-luu-tru', 'Chi cục Văn thư - Lưu trữ'),
  ]),
  dept('so-tai-chinh', 'Sở Tài chính', [
    center('tt-thong-tin-tu-van-tai-chinh', 'Trung tâm Thông tin và Tư vấn tài chính'),
  ]),
  dept('so-ke-hoach-dau-tu', 'Sở Kế hoạch và Đầu tư', [
    center('tt-xuc-tien-dau-tu', 'Trung tâm Xúc tiến đầu tư'),
  ]),
  dept('so-xay-dung', 'Sở Xây dựng', [
    sub(
      'ban-qlda-dtxd-cong-trinh-dan-dung',
      'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp',
      'Giám đốc',
      'Phó Giám đốc',
    ),
    center('tt-quy-hoach-kiem-dinh', 'Trung tâm Quy hoạch và Kiểm định xây dựng'),
  ]),
  dept('so-y-te', 'Sở Y tế', [
    chiCuc('chi-cuc-an-toan-ve-sinh-thuc-pham', 'Chi cục An toàn vệ sinh thực phẩm'),
    chiCuc('chi-cuc-dan-so', 'Chi cục Dân số - Kế hoạch hóa gia đình'),
    center('tt-kiem-soat-benh-tat', 'Trung tâm Kiểm soát bệnh tật'),
    center('benh-vien-da-khoa-tinh', 'Bệnh viện Đa khoa tỉnh'),
  ]),
  dept('so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo', [
    sub(
      'thpt-chuyen-nguyen-tat-thanh',
      'Trường THPT chuyên Nguyễn Tất Thành',
      'Hiệu trưởng',
      'Phó Hiệu trưởng',
    ),
    center('tt-giao-duc-thuong-xuyen', 'Trung tâm Giáo dục thường xuyên tỉnh'),
  ]),
  dept('so-nong-nghiep', 'Sở Nông nghiệp và Phát triển nông thôn', [
    chiCuc('chi-cuc-kiem-lam', 'Chi cục Kiểm lâm'),
    chiCuc('chi-cuc-thuy-loi', 'Chi cục Thủy lợi'),
    chiCuc('chi-cuc-trong-trot-bvtv', 'Chi cục Trồng trọt và Bảo vệ thực vật'),
    chiCuc('chi-cuc-phat-trien-nong-thon', 'Chi cục Phát triển nông thôn'),
    chiCuc('chi-cuc-chan-nuoi-thu-y', 'Chi cục Chăn nuôi và Thú y'),
  ]),
  dept('so-tai-nguyen-moi-truong', 'Sở Tài nguyên và Môi trường', [
    center('van-phong-dang-ky-dat-dai', 'Văn phòng Đăng ký đất đai'),
    center('tt-phat-trien-quy-dat', 'Trung tâm Phát triển quỹ đất'),
  ]),
  assoc('hoi-chu-thap-do', 'Hội Chữ thập đỏ tỉnh'),
  assoc('lien-minh-htx', 'Liên minh Hợp tác xã tỉnh'),
  assoc('hoi-van-hoc-nghe-thuat', 'Hội Văn học - Nghệ thuật tỉnh'),
  assoc('hoi-nha-bao', 'Hội Nhà báo tỉnh'),
  assoc('hoi-luat-gia', 'Hội Luật gia tỉnh'),
  {
    id: 'ban-quan-ly-khu-kinh-te',
    name: 'Ban Quản lý Khu kinh tế tỉnh',
    type: 'management-board',
    head: 'Trưởng ban',
    deputy: 'Phó Trưởng ban',
    children: [
      sub(
        'ban-quan-ly-cua-khau-bo-y',
        'Ban Quản lý cửa khẩu quốc tế Bờ Y',
        'Trưởng ban',
        'Phó Trưởng ban',
      ),
    ],
  },
  {
    id: 'truong-cao-dang-kon-tum',
    name: 'Trường Cao đẳng Kon Tum',
    type: 'public-service-unit',
    head: 'Hiệu trưởng',
    deputy: 'Phó Hiệu trưởng',
  },
  {
    id: 'dai-phat-thanh-truyen-hinh',
    name: 'Đài Phát thanh và Truyền hình tỉnh',
    type: 'public-service-unit',
    head: 'Giám đốc',
    deputy: 'Phó Giám đốc',
  },
  {
    id: 'quy-dau-tu-phat-trien',
    name: 'Quỹ Đầu tư phát triển tỉnh',
    type: 'state-fund',
    head: 'Giám đốc',
    deputy: 'Phó Giám đốc',
  },
  {
    id: 'cty-cap-nuoc-kon-tum',
    name: 'Công ty cổ phần Cấp nước Kon Tum',
    type: 'company',
    head: 'Người đại diện phần vốn nhà nước, Chủ tịch Hội đồng quản trị',
    deputy: 'Người đại diện phần vốn nhà nước, Thành viên Hội đồng quản trị',
  },
  {
    id: 'cty-moi-truong-do-thi-kon-tum',
    name: 'Công ty cổ phần Môi trường đô thị Kon Tum',
    type: 'company',
    head: 'Người đại diện phần vốn nhà nước, Chủ tịch Hội đồng quản trị',
    deputy: 'Người đại diện phần vốn nhà nước, Thành viên Hội đồng quản trị',
  },
];
