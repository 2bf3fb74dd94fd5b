package dev.easel.workflow.engine;

import dev.easel.system.security.ConfiguredUsers;
import dev.easel.system.security.Roles;
import dev.easel.system.security.SecurityProperties;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes Camunda's users, groups and memberships equal to Easel's configured users at every start, so that Tasklist
 * and Cockpit know the same people (their passwords are checked by Easel: {@link EaselPasswords}). Users with the
 * ADMIN role join {@code camunda-admin}, which holds every permission on every resource, as Camunda's own first
 * administrator does: Camunda checks an administrator's group only for single operations, while its lists (Cockpit's
 * definitions, instances, incidents, batches) show only what an authorization grants. Every other group gets Tasklist
 * and the review filter, and sees a task only when it is a candidate (Camunda grants that per task).
 */
@Component
class CamundaIdentity {

    static final String REVIEW_FILTER = "Review tasks";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final ConfiguredUsers users;

    CamundaIdentity(
            IdentityService identity,
            AuthorizationService authorizations,
            FilterService filters,
            TaskService tasks,
            ConfiguredUsers users) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.users = users;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    void synchronise() {
        Set<String> names = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (SecurityProperties.User user : users.all()) {
            names.add(user.name());
            saveUser(user);
            groups.addAll(groupsOf(user));
        }
        identity.createUserQuery().list().stream()
                .filter(user -> !names.contains(user.getId()))
                .forEach(user -> identity.deleteUser(user.getId()));
        groups.forEach(this::saveGroup);
        for (SecurityProperties.User user : users.all()) {
            setMemberships(user.name(), groupsOf(user));
        }
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            for (Resource resource : Resources.values()) {
                grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
            }
        }
        String filterId = reviewFilter();
        groups.stream().filter(group -> !Groups.CAMUNDA_ADMIN.equals(group)).forEach(group -> {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, filterId, Permissions.READ);
        });
    }

    private static Set<String> groupsOf(SecurityProperties.User user) {
        Set<String> groups = new LinkedHashSet<>(user.groups());
        if (user.roles().contains(Roles.ADMIN)) {
            groups.add(Groups.CAMUNDA_ADMIN);
        }
        return groups;
    }

    private void saveUser(SecurityProperties.User configured) {
        User user = identity.createUserQuery().userId(configured.name()).singleResult();
        if (user == null) {
            user = identity.newUser(configured.name());
        }
        user.setFirstName(configured.name());
        user.setLastName("");
        // Never checked (EaselIdentityProvider asks Easel), so Camunda's table keeps no copy of a real password.
        user.setPassword(UUID.randomUUID().toString());
        identity.saveUser(user);
    }

    private void saveGroup(String id) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(id);
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
        }
    }

    private void setMemberships(String userId, Set<String> wanted) {
        List<String> current = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        current.stream()
                .filter(group -> !wanted.contains(group))
                .forEach(group -> identity.deleteMembership(userId, group));
        wanted.stream()
                .filter(group -> !current.contains(group))
                .forEach(group -> identity.createMembership(userId, group));
    }

    private String reviewFilter() {
        Filter existing = filters.createFilterQuery().filterName(REVIEW_FILTER).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        // Each user sees the tasks offered to their own groups, and the ones they claimed.
        Filter filter = filters.newTaskFilter(REVIEW_FILTER)
                .setQuery(tasks.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
        return filters.saveFilter(filter).getId();
    }

    private void grant(String group, Resource resource, String resourceId, Permission permission) {
        boolean granted = authorizations
                        .createAuthorizationQuery()
                        .groupIdIn(group)
                        .resourceType(resource)
                        .resourceId(resourceId)
                        .count()
                > 0;
        if (!granted) {
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }
}
