package io.credlink.graph.internal;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.credlink.graph.GraphProperties;
import io.credlink.graph.TransientRetries;

/**
 * Spring-managed transactions retried on transient errors of the server ({@link TransientRetry}):
 * every {@code @Transactional} method (the module listeners included) and every
 * {@code TransactionTemplate}, so that no module has to remember it.
 */
@Configuration(proxyBeanMethods = false)
class TransientRetryConfiguration {

    /**
     * Around {@code @Transactional} methods, outside the transaction interceptor (a higher
     * precedence) so that each attempt is a transaction of its own.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transientRetryAdvisor(ObjectProvider<GraphProperties> properties) {
        ComposablePointcut transactional = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
                .union(new AnnotationMatchingPointcut(null, Transactional.class, true));
        // resolved on first use: an advisor is created before the beans it advises
        Holder holder = new Holder(properties);
        MethodInterceptor retrying = invocation -> holder.retry().call(() -> {
            try {
                return invocation.proceed();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new CheckedFailure(t);
            }
        });
        MethodInterceptor unwrapping = invocation -> {
            try {
                return retrying.invoke(invocation);
            } catch (CheckedFailure e) {
                throw e.getCause();
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, unwrapping);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return advisor;
    }

    /** For the auto-commit transactions of every module. */
    @Bean
    TransientRetries transientRetries(GraphProperties properties) {
        return new TransientRetry(properties.neo4j().transientRetries());
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager, GraphProperties properties) {
        return new RetryingTransactionTemplate(transactionManager, new TransientRetry(properties.neo4j().transientRetries()));
    }

    /** The application's {@code TransactionTemplate} (Boot's own steps aside when one exists). */
    static final class RetryingTransactionTemplate extends TransactionTemplate {

        private final transient TransientRetry retry;

        RetryingTransactionTemplate(PlatformTransactionManager transactionManager, TransientRetry retry) {
            super(transactionManager);
            this.retry = retry;
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return retry.call(() -> super.execute(action));
        }
    }

    private static final class Holder {
        private final ObjectProvider<GraphProperties> properties;
        private volatile TransientRetry retry;

        Holder(ObjectProvider<GraphProperties> properties) {
            this.properties = properties;
        }

        TransientRetry retry() {
            TransientRetry r = retry;
            if (r == null) {
                r = new TransientRetry(properties.getObject().neo4j().transientRetries());
                retry = r;
            }
            return r;
        }
    }

    /** A checked exception of the advised method, carried through the Supplier of the retry. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Throwable cause) {
            super(cause);
        }
    }
}
