package cn.paiban.model;

import java.util.List;

/**
 * The 编辑委员会 in the editor's order: roles such as 主任, 副主任, 委员, 主编, 副主编, 执行编辑,
 * each with names (stored without the padding space printers put into two-character names).
 * {@code note} is printed under the members' role, e.g. 以姓氏笔划为序.
 */
public record EditorialBoard(List<Role> roles, String note) {
    public EditorialBoard {
        roles = List.copyOf(roles);
    }

    public record Role(String title, List<String> names) {
        public Role {
            names = List.copyOf(names);
        }
    }
}
