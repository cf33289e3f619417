package io.tabletheory.bench.clientpath;

import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.SortKey;
import io.tabletheory.annotation.Table;
import java.time.Instant;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * {@link Customer} as a mutable JavaBean, for the two contenders that map beans: TableTheory reads its annotated
 * fields, the Enhanced Client its annotated getters, as each one's documentation writes a model. Neither sees the
 * other's annotations.
 */
@DynamoDbBean
@Table(Customers.TABLE)
public class CustomerBean {
    @PartitionKey
    private String pk;

    @SortKey
    private String sk;

    private String name;
    private String email;
    private String status;
    private int visits;
    private long balance;
    private double score;
    private boolean verified;
    private Set<String> tags;
    private Instant createdAt;
    private Instant updatedAt;

    /** A bean holding the record's values. */
    public static CustomerBean of(Customer customer) {
        CustomerBean bean = new CustomerBean();
        bean.setPk(customer.pk());
        bean.setSk(customer.sk());
        bean.setName(customer.name());
        bean.setEmail(customer.email());
        bean.setStatus(customer.status());
        bean.setVisits(customer.visits());
        bean.setBalance(customer.balance());
        bean.setScore(customer.score());
        bean.setVerified(customer.verified());
        bean.setTags(customer.tags());
        bean.setCreatedAt(customer.createdAt());
        bean.setUpdatedAt(customer.updatedAt());
        return bean;
    }

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    @DynamoDbSortKey
    public String getSk() {
        return sk;
    }

    public void setSk(String sk) {
        this.sk = sk;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getVisits() {
        return visits;
    }

    public void setVisits(int visits) {
        this.visits = visits;
    }

    public long getBalance() {
        return balance;
    }

    public void setBalance(long balance) {
        this.balance = balance;
    }

    public double getScore() {
        return score;
    }

    public void setScore(double score) {
        this.score = score;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags = tags;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
